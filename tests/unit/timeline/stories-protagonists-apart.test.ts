// Two happenings of one town a day apart share its street, its court and its police, and their names join them; their
// protagonists keep them apart (protagonists-apart.ts). Real stories with two people in them stay whole: a victim and
// the suspect, co-defendants jailed on different days, a follow-up naming the defendant by surname, an age corrected,
// a woman charged after a man was arrested and released. Articles in protagonist-articles.ts, written for these tests.
import { describe, expect, it } from 'vitest';
import { namesWord, protagonistsApart } from '../../../electron/core/timeline/extraction/protagonists-apart.ts';
import { inverseDocumentFrequency } from '../../../electron/core/timeline/language/similarity.ts';
import {
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarity,
} from '../../../electron/core/timeline/stories/stories.ts';
import {
  BANK_AGE_CORRECTED,
  BANK_CHARGED,
  BANK_REMANDED,
  FIRST_JAILED,
  MAN_ARRESTED,
  PENSIONER_ROBBED,
  PHARMACY_TRAP,
  SECOND_JAILED,
  STANDOFF_TRAP,
  TEENAGER_CHARGED,
  WOMAN_CHARGED,
} from './protagonist-articles.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

const LIBRARY = [
  BANK_CHARGED,
  PHARMACY_TRAP,
  BANK_AGE_CORRECTED,
  BANK_REMANDED,
  PENSIONER_ROBBED,
  TEENAGER_CHARGED,
  FIRST_JAILED,
  SECOND_JAILED,
  MAN_ARRESTED,
  WOMAN_CHARGED,
  STANDOFF_TRAP,
  ...unrelatedStoryArticles('2041-03-05'),
];

function storyOf(articles: readonly StoryArticle[], id: string): string[] {
  return [...clusterStories(articles).find((story) => story.articleIds.includes(id))!.articleIds].sort();
}

/** How alike two of the articles are with their protagonists unread, as grouping weighed them before the rule. */
function alikeUnread(articles: readonly StoryArticle[], one: StoryArticle, other: StoryArticle): number {
  const prints = articles.map((article) => ({ ...fingerprintArticle(article), protagonists: undefined }));
  const idf = inverseDocumentFrequency(prints.map((print) => print.terms));
  const entityIdf = inverseDocumentFrequency(prints.map((print) => print.entities));
  const print = (article: StoryArticle) => prints.find((candidate) => candidate.id === article.id)!;
  return similarity(print(one), print(other), idf, entityIdf);
}

describe('stories whose openings tell two protagonists', () => {
  it('keeps apart a woman charged over a break-in from the man charged over a bank raid on the same street', () => {
    // The same street, court, detective and police: alike enough to join on names alone.
    expect(alikeUnread(LIBRARY, BANK_CHARGED, PHARMACY_TRAP)).toBeGreaterThan(JOIN_THRESHOLD);
    expect(storyOf(LIBRARY, 'pharmacy-trap')).toEqual(['pharmacy-trap']);
    expect(storyOf(LIBRARY, 'bank-charged')).toEqual(['bank-charged', 'bank-corrected', 'bank-remanded']);
  });

  it('keeps apart a stand-off by a man in his sixties from a stabbing whose suspects were 41 and 36', () => {
    expect(alikeUnread(LIBRARY, MAN_ARRESTED, STANDOFF_TRAP)).toBeGreaterThan(JOIN_THRESHOLD);
    expect(alikeUnread(LIBRARY, WOMAN_CHARGED, STANDOFF_TRAP)).toBeGreaterThan(JOIN_THRESHOLD);
    expect(storyOf(LIBRARY, 'standoff-trap')).toEqual(['standoff-trap']);
  });

  it('keeps a woman charged in the story of the man arrested and released, who her report tells of', () => {
    expect(storyOf(LIBRARY, 'man-arrested')).toEqual(['man-arrested', 'woman-charged']);
    // Told without his age, he may still be the man arrested: the two stay one story.
    const untold = storyArticle(
      WOMAN_CHARGED.id,
      WOMAN_CHARGED.title,
      WOMAN_CHARGED.text.replace('A 41-year-old man arrested', 'A man arrested').split('\n\n'),
      WOMAN_CHARGED.publishedAt!,
    );
    expect(protagonistsApart(fingerprintArticle(MAN_ARRESTED), fingerprintArticle(untold), namesWord)).toBe(false);
    // Beside the stand-off by a man in his sixties, a man told without his age keeps them in doubt too.
    expect(protagonistsApart(fingerprintArticle(STANDOFF_TRAP), fingerprintArticle(untold), namesWord)).toBe(false);
    expect(protagonistsApart(fingerprintArticle(STANDOFF_TRAP), fingerprintArticle(WOMAN_CHARGED), namesWord)).toBe(
      true,
    );
  });

  it('keeps a follow-up naming the defendant by surname, and one correcting his age by a year, in his story', () => {
    expect(storyOf(LIBRARY, 'bank-remanded')).toEqual(['bank-charged', 'bank-corrected', 'bank-remanded']);
  });

  it('keeps the pensioner robbed and the teenager charged with robbing her in one story', () => {
    expect(storyOf(LIBRARY, 'pensioner-robbed')).toEqual(['pensioner-robbed', 'teenager-charged']);
  });

  it('keeps two robbers jailed on different days for one raid in one story', () => {
    expect(storyOf(LIBRARY, 'first-jailed')).toEqual(['first-jailed', 'second-jailed']);
  });

  it('places them so one by one as the app does', () => {
    const placed = placedOneByOne(LIBRARY);
    expect(placed.get('pharmacy-trap')).not.toBe(placed.get('bank-charged'));
    expect(placed.get('standoff-trap')).not.toBe(placed.get('man-arrested'));
    expect(placed.get('bank-remanded')).toBe(placed.get('bank-charged'));
    expect(placed.get('bank-corrected')).toBe(placed.get('bank-charged'));
    expect(placed.get('woman-charged')).toBe(placed.get('man-arrested'));
    expect(placed.get('teenager-charged')).toBe(placed.get('pensioner-robbed'));
    expect(placed.get('second-jailed')).toBe(placed.get('first-jailed'));
  });
});
