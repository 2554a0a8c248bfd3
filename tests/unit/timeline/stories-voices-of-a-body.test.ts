import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { withPlacesTakenForPeople } from '../../../electron/core/timeline/stories/place-name-heads.ts';
import {
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
} from '../../../electron/core/timeline/stories/stories.ts';
import { voicesOfABody } from '../../../electron/core/timeline/stories/voices-of-a-body.ts';
import { pairParts, storyArticle, storyOf } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

// Written for this test: the Halvern Foods plant at Corley in one month. First a fryer caught fire and a worker was
// burned; a fortnight later the company recalled crisps made there. Both reports quote the plant's manager,
// named in full, as any report of the plant would: she speaks for the plant, not for either happening. A follow-up of
// the fire names her too, and the worker it burned.
const FIRE = storyArticle(
  'fire',
  'Worker burned as fryer catches fire at Corley food plant',
  [
    'A worker was taken to hospital with burns to his arms after a fryer caught fire at the Halvern Foods plant in Corley.',
    'Dmitri Aldous, 29, was cleaning the fryer line when the oil caught light, colleagues said.',
    'About two hundred staff left the building while firefighters from Wendle Cross put out the flames, and he was taken to Marbury General.',
    '"Our thoughts are with Dmitri and his family," said plant manager Tess Arlen.',
    'The fryer line will stay shut while the cause is investigated.',
  ],
  '2038-05-04T17:00:00Z',
);
const RECALL = storyArticle(
  'recall',
  'Corley food plant recalls crisps over plastic pieces',
  [
    'Halvern Foods is recalling three batches of its ready salted crisps made at its plant in Corley after shoppers found pieces of blue plastic in the bags.',
    'The batches went to Penrose and Fairmart shops across the region last week, the company said, and the Food Standards Agency has been told.',
    '"We are sorry, and we are finding out how this happened," said plant manager Tess Arlen.',
    'Shoppers can take the bags back for a full refund, and the packing line will stay shut while its machines are checked.',
  ],
  '2038-05-18T12:00:00Z',
);
// The fire a week on: the worker it burned, named in full in both, is the happening's own.
const FIRE_LATER = storyArticle(
  'fire-later',
  'Corley food plant fryer line reopens after fire',
  [
    'The fryer line at the Halvern Foods plant in Corley reopened on Monday, a week after it caught fire.',
    'Dmitri Aldous, the worker burned as he cleaned it, is recovering at home, his family said.',
    'Plant manager Tess Arlen said new fire blankets had been fitted along the line.',
  ],
  '2038-05-11T17:00:00Z',
);
const OTHERS = unrelatedStoryArticles('2038-05-04');

const parts = (a: StoryArticle, b: StoryArticle) => pairParts(a, b, OTHERS);

describe('voices of a body', () => {
  const voices = (text: string, title = 'A headline') =>
    [...voicesOfABody(title, text, withPlacesTakenForPeople(extractEntities(text)).people)].sort();

  it('reads the people named as the manager, director or spokesperson of a company, plant or club', () => {
    expect(voices('"It is a hard day," said plant manager Tess Arlen.')).toEqual(['tess arlen']);
    expect(voices('"We will appeal," said Ivo Brandt, director of Brakewell Homes.')).toEqual(['ivo brandt']);
    expect(voices('Dee Moss, a spokeswoman for Harrow Rail, said trains would run.')).toEqual(['dee moss']);
    expect(voices("Tess Arlen, the plant's general manager, said the line would reopen.")).toEqual(['tess arlen']);
  });

  it('leaves the people a happening befell or who did it, and one a headline names', () => {
    expect(voices('Its driver, Lyle Mercado, 34, was cut free by firefighters.')).toEqual([]);
    expect(voices('Dmitri Aldous, 29, was cleaning the fryer line when the oil caught light.')).toEqual([]);
    expect(voices('Kofi Mensah, who managed the Castleton side for six years, was sacked.')).toEqual([]);
    expect(voices('Plant manager Tess Arlen said she would step down.', 'Arlen to leave Corley plant')).toEqual([]);
  });
});

describe('stories: the plant manager vouches for no one happening', () => {
  it('reads no particular in common from the manager two happenings of the plant quote', () => {
    expect(fingerprintArticle(RECALL).people).toEqual([]);
    expect(parts(FIRE, RECALL).particulars).toBe(0);
    expect(parts(FIRE, RECALL).score).toBeLessThan(JOIN_THRESHOLD);
  });

  it('keeps the fire and the recall as two stories', () => {
    expect(storyOf(clusterStories([FIRE, RECALL, ...OTHERS]), 'recall')).toEqual(['recall']);
  });

  it('joins the follow-up to the fire it tells of, naming the same worker beside the same manager', () => {
    expect(parts(FIRE, FIRE_LATER).particulars).toBeGreaterThan(0);
    expect(storyOf(clusterStories([FIRE, RECALL, ...OTHERS, FIRE_LATER]), 'fire-later')).toEqual([
      'fire',
      'fire-later',
    ]);
  });
});
