// Two happenings of one harbour a day apart: a trawler lost off the head, and a boy lifted off the rocks below it by
// the lifeboat that had spent the morning searching for the trawler's crew. The boy's report names the trawler, its
// crew, the coxswain and the coastguard officer, all after its opening, and opens on the rocks, which the trawler's
// reports never name; neither headline tells what the other opens on: their names are the scene's and count as one.
// The trawler's follow-ups (the skipper found, a month on) open on its names and keep them all. Written for this test.
import { describe, expect, it } from 'vitest';
import { KNOWN_WORDS } from '../../../electron/core/timeline/language/lexicon.ts';
import { inverseDocumentFrequency } from '../../../electron/core/timeline/language/similarity.ts';
import { namesOfTheScene } from '../../../electron/core/timeline/stories/scene-names.ts';
import {
  type ArticleFingerprint,
  clusterStories,
  fingerprintArticle,
  type StoryArticle,
  similarityParts,
} from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne } from './support.ts';

const withWords = (article: StoryArticle): StoryArticle => ({ ...article, knownWords: KNOWN_WORDS });

const SINKING = withWords(
  storyArticle(
    'sinking',
    'Two crew missing after trawler sinks off Kelgarth Head',
    [
      'DUNMORE, Scotland (Northern Wire) - The trawler Bright Maren sank off Kelgarth Head before dawn on Monday, and two of her five crew are missing.',
      'The coastguard picked up her mayday at 4.40 a.m. and sent the Dunmore lifeboat, whose crew pulled three men from a liferaft an hour later.',
      'Coxswain Owen Pask said the sea had been rough all night. Ruth Sallow, the coastguard duty officer, said the search would go on at first light.',
      'The missing men were named by the Dunmore Fishermen’s Association as the skipper, Callum Reid, and deckhand Tomas Arnott.',
    ],
    '2036-02-02T12:00:00Z',
  ),
);
const BOY = withWords(
  storyArticle(
    'boy',
    'Boy cut off by the tide lifted from the Gullet Rocks',
    [
      'A twelve-year-old boy was lifted from the Gullet Rocks below Kelgarth Head by the Dunmore lifeboat on Tuesday afternoon after the rising tide stranded him.',
      'The volunteers had been at sea since first light, searching for the skipper of the trawler Bright Maren, missing since she went down.',
      'Coxswain Owen Pask said the boy had climbed out to watch seals and did not see the water rising behind him.',
      'Ruth Sallow, the coastguard duty officer, said a walker on the cliff path raised the alarm at about 2.15pm, and the search went on after the boy was brought ashore.',
      'The boy, Jamie Lindqvist, was on holiday from Aberlour with his mother, Freya Lindqvist, who said staff at the Cullen Bay beach cafe had warned them about the tide.',
      'Owen Pask said the Bright Maren search would resume at first light.',
      'The lifeboat had pulled the rest of the trawler’s crew from a liferaft after the coastguard picked up her mayday in a rough sea.',
    ],
    '2036-02-03T18:00:00Z',
  ),
);
const FOUND = withWords(
  storyArticle(
    'found',
    'Bright Maren skipper found alive in Kelgarth Head cave',
    [
      'Callum Reid, skipper of the Dunmore trawler Bright Maren, was found alive in a sea cave under Kelgarth Head on Wednesday, two days after she sank.',
      'Coxswain Owen Pask said his crew spotted a torch flashing from the cave mouth. Deckhand Tomas Arnott is still missing.',
      'Ruth Sallow of the coastguard said the search for him would go on.',
    ],
    '2036-02-04T15:00:00Z',
  ),
);
const MONTH_ON = withWords(
  storyArticle(
    'month-on',
    'A month after the Bright Maren sank, Dunmore still waits for its deckhand',
    [
      'A month after the trawler Bright Maren sank off Kelgarth Head, Dunmore still waits for news of deckhand Tomas Arnott.',
      'The boat went down before dawn on 2 February; her skipper, Callum Reid, was found alive in a sea cave two days later.',
      'The Dunmore Fishermen’s Association has raised money for the Arnott family, and coxswain Owen Pask says the crew still look for him.',
    ],
    '2036-03-02T09:00:00Z',
  ),
);

describe('names of the scene of two happenings count as one', () => {
  const prints = [SINKING, BOY, FOUND, MONTH_ON].map(fingerprintArticle);
  const idf = inverseDocumentFrequency(prints.map((print) => print.terms));
  const entityIdf = inverseDocumentFrequency(prints.map((print) => print.entities));
  const [sinking, boy, found, monthOn] = prints as [ArticleFingerprint, ...ArticleFingerprint[]];

  it('counts the names a rescue on the rocks shares with the trawler it mentions later as one, and weighs them less', () => {
    const parts = similarityParts(sinking, boy!, idf, entityIdf);
    expect(parts.route).toBe('scene-names');
    expect(parts.common).toBe(1);
  });

  it('reads the trawler’s follow-ups, the next days and a month on, by all their names', () => {
    expect(similarityParts(sinking, found!, idf, entityIdf).route).toBe('names');
    expect(similarityParts(sinking, monthOn!, idf, entityIdf).route).toBe('names');
  });

  it('keeps the follow-ups in the trawler’s story, as the app places them one by one', () => {
    const placed = placedOneByOne([SINKING, BOY, FOUND, MONTH_ON]);
    expect(placed.get('found')).toBe(placed.get('sinking'));
    expect(placed.get('month-on')).toBe(placed.get('sinking'));
    const stories = clusterStories([SINKING, BOY, FOUND, MONTH_ON]);
    expect(stories.find((story) => story.articleIds.includes('sinking'))!.articleIds).toContain('month-on');
  });
});

describe('namesOfTheScene', () => {
  const names =
    (...given: string[]) =>
    (name: string) =>
      given.includes(name);
  const rescue = {
    title: 'Boy cut off by the tide lifted from the Gullet Rocks',
    lede: ['boy', 'lift', 'gullet', 'rock', 'tide'],
    leading: ['gullet rocks'],
  };
  const sinking = {
    title: 'Two crew missing after trawler sinks off Kelgarth Head',
    lede: ['trawler', 'bright', 'maren', 'sank', 'kelgarth', 'head', 'crew', 'miss'],
    leading: ['bright maren', 'kelgarth head'],
    places: ['kelgarth head'],
  };
  const common = ['bright maren', 'owen pask'];

  it('reads the shared names as the scene when one opens on a name of its own and gives them only later', () => {
    const given = { a: names('gullet rocks', ...common), b: names('bright maren', 'kelgarth head', 'owen pask') };
    expect(namesOfTheScene(rescue, sinking, common, given, () => [])).toBe(true);
  });

  it('does not when the other names what it opens on', () => {
    const given = { a: names('gullet rocks', ...common), b: names('gullet rocks', 'bright maren', 'owen pask') };
    expect(namesOfTheScene(rescue, sinking, common, given, () => [])).toBe(false);
  });

  it('does not when it opens on a shared name that is no place and the other gives only later', () => {
    const opensOnTheBoat = { ...rescue, leading: ['gullet rocks', 'owen pask'] };
    const given = { a: names('gullet rocks', ...common), b: names('bright maren', 'kelgarth head', 'owen pask') };
    expect(namesOfTheScene(opensOnTheBoat, sinking, common, given, () => [])).toBe(false);
  });

  it('does not when a headline tells a word of what the other opens on (a follow-up tells its happening)', () => {
    const followUp = { ...rescue, title: 'Trawler crew lifted from the Gullet Rocks' };
    const given = { a: names('gullet rocks', ...common), b: names('bright maren', 'kelgarth head', 'owen pask') };
    expect(namesOfTheScene(followUp, sinking, common, given, () => [])).toBe(false);
  });

  it('does not for one name in common', () => {
    const given = { a: names('gullet rocks', 'owen pask'), b: names('bright maren', 'owen pask') };
    expect(namesOfTheScene(rescue, sinking, ['owen pask'], given, () => [])).toBe(false);
  });
});
