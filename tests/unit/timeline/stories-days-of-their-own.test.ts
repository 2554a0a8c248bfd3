// Two happenings of one town a day apart: scaffolding put up for the spring fair falls onto the Cornmarket stalls on a
// Tuesday morning, and scaffolding round a chapel spire on Weavers Row crashes into the street on the Wednesday
// afternoon. The council leader, the fire station's manager and the infirmary are named in both, after the openings;
// each opening dates its happening to its own day and opens on a name (the Cornmarket, Weavers Row) the other never
// gives. The chapel's follow-ups stay with it: one dates the fall it follows ("yesterday"), one dated only on its own
// day opens on the chapel and the street the first report gives. Written for this test.
import { describe, expect, it } from 'vitest';
import { openingDaysOf } from '../../../electron/core/timeline/extraction/opening-days.ts';
import { KNOWN_WORDS } from '../../../electron/core/timeline/language/lexicon.ts';
import { inverseDocumentFrequency } from '../../../electron/core/timeline/language/similarity.ts';
import { openOnDaysOfTheirOwn, openOnOtherDays } from '../../../electron/core/timeline/stories/days-of-their-own.ts';
import {
  type ArticleFingerprint,
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarity,
} from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne } from './support.ts';

const withWords = (article: StoryArticle): StoryArticle => ({ ...article, knownWords: KNOWN_WORDS });

const FAIR = withWords(
  storyArticle(
    'fair',
    'Scaffolding falls onto Cornmarket stalls on Haverleigh fair day',
    [
      'A scaffolding tower put up for the Haverleigh spring fair fell onto a row of stalls in the Cornmarket this morning, injuring a cheese seller.',
      'The tower, which held speakers for the fair stage, tipped over at about 9.20am as traders were setting out their stalls, Haverleigh Town Council said.',
      'Station manager Philip Orde of Haverleigh fire station said crews made the scaffolding safe within an hour.',
      'The cheese seller, Edna Lusk of Pellow Farm Dairy, was taken to Haverleigh Royal Infirmary with a broken wrist.',
      'Her neighbour on the market, the florist Gwen Abery, said the tower had swayed all through the night in the wind.',
      'Cllr Morag Tennant, the council leader, said the fair would go ahead on Saturday without the stage.',
      'Haverleigh Scaffolding Hire, which put up the tower, said it would check every fitting on its other sites.',
    ],
    '2037-03-17T13:00:00Z',
  ),
);
const CHAPEL = withWords(
  storyArticle(
    'chapel',
    'Scaffolding crashes from St Anselm chapel spire as gusts hit Haverleigh',
    [
      'Scaffolding round the spire of St Anselm chapel on Weavers Row crashed into the street this afternoon, crushing two parked cars and a bus shelter.',
      'Gusts of 58mph were recorded shortly before the poles and boards came down at about 3.05pm, and Weavers Row was shut to traffic.',
      'Station manager Philip Orde of Haverleigh fire station said it was lucky nobody had been waiting at the shelter.',
      'A passer-by, hit by a falling board, was treated at Haverleigh Royal Infirmary and allowed home.',
      'Cllr Morag Tennant, the council leader, said engineers would check the spire in the morning.',
      'The chapel trustees said the spire had been wrapped in scaffolding since January while Brindle Stoneworks repaired its stone.',
      'The Revd Simon Ashe said the chapel would hold its Sunday services in the Dock Road mission hall.',
    ],
    '2037-03-18T18:30:00Z',
  ),
);
const FIRM = withWords(
  storyArticle(
    'firm',
    'St Anselm builder to pay for cars crushed by falling scaffolding',
    [
      'The builder whose scaffolding fell from the spire of St Anselm chapel yesterday will pay for the two cars it crushed, Brindle Stoneworks said.',
      'Inspectors will check the rest of the scaffolding before any more work is done on the spire, the firm said.',
      'Weavers Row stays shut while engineers decide whether the spire itself was damaged when the poles came down in the gusts.',
      'The chapel trustees said the repairs to the stone would now run into the summer.',
      'Cllr Morag Tennant, the council leader, said the council would help the owners of the two crushed cars.',
      'The Revd Simon Ashe thanked station manager Philip Orde and his crews for making the street safe.',
    ],
    '2037-03-19T11:00:00Z',
  ),
);
const REOPENED = withWords(
  storyArticle(
    'reopened',
    'Weavers Row reopens as St Anselm chapel spire is declared safe',
    [
      'Weavers Row reopened to traffic this morning after engineers declared the spire of St Anselm chapel safe, three days after its scaffolding crashed into the street.',
      'The chapel trustees said the scaffolding would go back up next month with extra ties against the wind.',
      'The bus shelter crushed by the falling poles has been taken away and will be replaced.',
    ],
    '2037-03-21T10:00:00Z',
  ),
);

describe('two happenings of one town opened on days of their own', () => {
  const articles = [FAIR, CHAPEL, FIRM, REOPENED];
  const prints = articles.map(fingerprintArticle);
  const idf = inverseDocumentFrequency(prints.map((print) => print.terms));
  const entityIdf = inverseDocumentFrequency(prints.map((print) => print.entities));
  const [fair, chapel, firm, reopened] = prints as [
    ArticleFingerprint,
    ArticleFingerprint,
    ArticleFingerprint,
    ArticleFingerprint,
  ];

  it('reads the day each opening tells', () => {
    expect(fair.openingDays).toEqual(['2037-03-17']);
    expect(chapel.openingDays).toEqual(['2037-03-18']);
    expect(firm.openingDays).toEqual(['2037-03-18']);
  });

  it('keeps the fair-day fall apart from the chapel scaffolding, whatever officials they share', () => {
    expect(similarity(fair, chapel, idf, entityIdf)).toBeLessThan(JOIN_THRESHOLD);
    const placed = placedOneByOne(articles);
    expect(placed.get('fair')).not.toBe(placed.get('chapel'));
    const stories = clusterStories(articles);
    expect(stories.find((story) => story.articleIds.includes('fair'))!.articleIds).toEqual(['fair']);
  });

  it('keeps the chapel’s follow-ups with it: one dating the fall, one on its own day naming the chapel', () => {
    expect(similarity(chapel, firm, idf, entityIdf)).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    expect(similarity(chapel, reopened, idf, entityIdf)).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    const placed = placedOneByOne(articles);
    expect(placed.get('firm')).toBe(placed.get('chapel'));
    expect(placed.get('reopened')).toBe(placed.get('chapel'));
  });
});

describe('openingDaysOf', () => {
  it('resolves "this morning", "yesterday" and a weekday from the publication day', () => {
    expect(openingDaysOf('Fire at mill', 'A mill burned this morning.', '2037-03-17T13:00:00Z')).toEqual([
      '2037-03-17',
    ]);
    expect(
      openingDaysOf('Mill owner speaks', 'The mill that burned yesterday will be rebuilt.', '2037-03-18T09:00:00Z'),
    ).toEqual(['2037-03-17']);
    expect(openingDaysOf('Mill fire', 'The mill burned on Tuesday.', null)).toEqual([]);
  });

  it('tells no day for an opening that dates nothing, or only a month', () => {
    expect(
      openingDaysOf(
        'Mill to be rebuilt',
        'The owners of the burned mill will rebuild it in May.',
        '2037-03-18T09:00:00Z',
      ),
    ).toEqual([]);
  });
});

describe('openOnOtherDays and openOnDaysOfTheirOwn', () => {
  const fairOpening = {
    title: 'Scaffolding falls onto Cornmarket stalls',
    leading: ['cornmarket'],
    openingDays: ['2037-03-17'],
  };
  const chapelOpening = {
    title: 'Scaffolding crashes from chapel spire',
    leading: ['weavers row'],
    openingDays: ['2037-03-18'],
  };
  const common = ['morag tennant', 'philip orde'];
  const gives =
    (...names: string[]) =>
    (name: string) =>
      names.includes(name);

  it('needs both openings to tell days, none in common', () => {
    expect(openOnOtherDays(['2037-03-17'], ['2037-03-18'])).toBe(true);
    expect(openOnOtherDays(['2037-03-17'], ['2037-03-18', '2037-03-17'])).toBe(false);
    expect(openOnOtherDays(['2037-03-17'], undefined)).toBe(false);
  });

  it('reads the shared people as the place’s when one opens on a name the other never gives', () => {
    const given = { a: gives('cornmarket', ...common), b: gives('weavers row', ...common) };
    expect(openOnDaysOfTheirOwn(fairOpening, chapelOpening, common, given)).toBe(true);
  });

  it('does not when each gives the name the other opens on, or the days meet', () => {
    const given = {
      a: gives('cornmarket', 'weavers row', ...common),
      b: gives('weavers row', 'cornmarket', ...common),
    };
    expect(openOnDaysOfTheirOwn(fairOpening, chapelOpening, common, given)).toBe(false);
    const sameDay = { ...chapelOpening, openingDays: ['2037-03-17'] };
    const apart = { a: gives('cornmarket', ...common), b: gives('weavers row', ...common) };
    expect(openOnDaysOfTheirOwn(fairOpening, sameDay, common, apart)).toBe(false);
  });
});
