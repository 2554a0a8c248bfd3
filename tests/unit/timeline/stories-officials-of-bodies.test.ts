import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../electron/core/timeline/extraction/entities.ts';
import { officialsOfThePlace } from '../../../electron/core/timeline/stories/officials-of-the-place.ts';
import { withPlacesTakenForPeople } from '../../../electron/core/timeline/stories/place-name-heads.ts';
import {
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
} from '../../../electron/core/timeline/stories/stories.ts';
import { pairParts, storyArticle, storyOf } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

// Written for this test: the town of Ashcombe in one stormy week. On the Monday the gale brought a beech down on the
// playground in Orrin Park and hurt a boy; on the Wednesday the next storm brought an oak down across the car park of
// Wessel Meadows and crushed two cars. Both reports quote the director of the town's Parks Department, named in full, as
// any report of its parks would: she speaks for the town, not for either happening. A follow-up of the beech names her
// too, and the boy it hurt.
const BRANCH = storyArticle(
  'branch',
  'Boy hurt as gale brings beech down on Orrin Park playground',
  [
    'A seven-year-old boy was hurt when the gale brought an old beech down across the playground in Orrin Park, Ashcombe.',
    'Caleb Marsh was on the climbing frame when the tree fell, his mother said, and he was taken to hospital with a broken collarbone.',
    '"We closed the park at once," said Mara Velde, director of the Ashcombe Parks Department.',
    'She said the tree had been checked in March and that every tree in the park would now be checked again.',
    'Parents said the beech had been creaking in the wind for days.',
  ],
  '2038-03-08T17:00:00Z',
);
const FOOTBRIDGE = storyArticle(
  'footbridge',
  'Storm brings oak down on cars at Wessel Meadows',
  [
    'An oak fell across the car park at Wessel Meadows in Ashcombe as the second storm of the week swept through, crushing two cars.',
    'Nobody was in them: their owners were walking dogs by the river when the tree came down.',
    '"Nobody was hurt, thank goodness," said Mara Velde, director of the Ashcombe Parks Department.',
    'She said the car park would stay shut until the trunk was sawn up and lifted away.',
    'Gusts reached 70 miles an hour overnight, forecasters said.',
  ],
  '2038-03-10T12:00:00Z',
);
// The branch a week on: the boy it hurt, named in full in both, is the happening's own.
const BRANCH_LATER = storyArticle(
  'branch-later',
  'Orrin Park beech cleared a week after boy was hurt',
  [
    'The beech that the gale brought down on the Orrin Park playground in Ashcombe was cut up and cleared on Monday.',
    'Caleb Marsh, the seven-year-old hurt when it fell, is home from hospital with his arm in a sling, his mother said.',
    'Mara Velde, director of the Ashcombe Parks Department, said every beech in the park would be checked this spring.',
  ],
  '2038-03-15T17:00:00Z',
);
const OTHERS = unrelatedStoryArticles('2038-03-08');

const parts = (a: StoryArticle, b: StoryArticle) => pairParts(a, b, OTHERS);

describe('officials of the place: the heads of its public bodies', () => {
  const officials = (text: string) =>
    [...officialsOfThePlace('A headline', text, withPlacesTakenForPeople(extractEntities(text)).people)].sort();

  it("reads the people who speak for the place's departments, agencies, districts and weather service", () => {
    expect(officials('"We closed it at once," said Mara Velde, director of the Ashcombe Parks Department.')).toEqual([
      'mara velde',
    ]);
    expect(officials('Parks Department director Mara Velde said the tree was checked in March.')).toEqual([
      'mara velde',
    ]);
    expect(
      officials('Ray Dominguez, a spokesman for the Department of Transportation, said the lane would reopen.'),
    ).toEqual(['ray dominguez']);
    expect(officials('National Weather Service meteorologist Lena Hart said two inches fell in an hour.')).toEqual([
      'lena hart',
    ]);
    expect(officials('Alma Ruiz, superintendent of the Kestrel School District, said classes would resume.')).toEqual([
      'alma ruiz',
    ]);
  });

  it('leaves the heads of a business, a club or a school, each the scene of happenings of its own', () => {
    expect(officials('"We lost everything," said Bea Hollins, manager of the Harbour Fryer.')).toEqual([]);
    expect(officials('Ivo Brandt, director of Brakewell Homes, said the firm would appeal.')).toEqual([]);
    expect(officials('Priya Shah, president of the Orrin Park Friends group, said volunteers would replant.')).toEqual(
      [],
    );
    expect(officials('Head teacher Colm Ridley wrote to parents on Friday.')).toEqual([]);
  });
});

describe('stories: the director of the parks vouches for no one happening', () => {
  it("reads no particular in common from the parks director two happenings quote, and the department as the place's", () => {
    expect(fingerprintArticle(FOOTBRIDGE).people).toEqual([]);
    expect(fingerprintArticle(FOOTBRIDGE).placeNames).toContain('ashcombe parks department');
    expect(parts(BRANCH, FOOTBRIDGE).particulars).toBe(0);
    expect(parts(BRANCH, FOOTBRIDGE).score).toBeLessThan(JOIN_THRESHOLD);
  });

  it('keeps the beech on the playground and the oak on the cars as two stories', () => {
    const stories = clusterStories([BRANCH, FOOTBRIDGE, ...OTHERS]);
    expect(storyOf(stories, 'footbridge')).toEqual(['footbridge']);
  });

  it('joins the follow-up to the beech it tells of, naming the same boy beside the same director', () => {
    expect(parts(BRANCH, BRANCH_LATER).particulars).toBeGreaterThan(0);
    expect(storyOf(clusterStories([BRANCH, FOOTBRIDGE, ...OTHERS, BRANCH_LATER]), 'branch-later')).toEqual([
      'branch',
      'branch-later',
    ]);
  });
});
