import { describe, expect, it } from 'vitest';
import { streetsOpenedOn } from '../../../electron/core/timeline/stories/happening-streets.ts';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: in the town of Pennock on one Friday, a bus depot and a cricket pavilion set on fire before
// dawn (two arrests), and that afternoon a tumble dryer setting a bungalow on Saddler Way alight. The bungalow's report
// names the fire officer who spent the morning at the depot, the cricket club's chairman and the arson "earlier in the
// day" (a trap: two fires of one town, one day, sharing their people by name).
const DRYER_FIRE = storyArticle(
  'saddler-way-fire',
  'Pensioner rescued as tumble dryer sets Saddler Way bungalow alight',
  [
    'An 81-year-old man was rescued by a neighbour on Friday afternoon after a tumble dryer caught fire in the kitchen of his bungalow on Saddler Way, Pennock.',
    'Crews from Pennock and Ashby Wold were called at 2.10pm and put the fire out within half an hour.',
    'Station Manager Idris Carrow of Wealdmoor Fire and Rescue Service, who had spent the morning at the gutted Holloway bus depot, said the fire was an accident and had nothing to do with the arson attacks earlier in the day.',
    'Pennock Cricket Club chairman Oswin Farrant, whose own pavilion burned before dawn, said the club would collect for the family.',
  ],
  '2038-06-11T16:30:00+01:00',
);
const ARSON = storyArticle(
  'depot-and-pavilion-arson',
  'Two arrested after bus depot and cricket pavilion burn in Pennock',
  [
    'The Holloway bus depot in the market town of Pennock was gutted by fire early on Friday, and the cricket pavilion across the river burned less than an hour later.',
    'Wealdmoor Police arrested two men on suspicion of arson on Friday evening.',
    'Station Manager Idris Carrow of Wealdmoor Fire and Rescue Service said both fires had been started deliberately; eleven buses were destroyed at the depot.',
    'Pennock Cricket Club chairman Oswin Farrant said the pavilion, built in 1923, held the club records.',
  ],
  '2038-06-11T21:00:00+01:00',
);
// The arson's follow-up the next day: new people (the man charged, the bus company's manager), the depot and the
// pavilion kept in its opening (one story).
const CHARGED = storyArticle(
  'depot-arson-charge',
  'Man charged over Pennock bus depot and pavilion fires',
  [
    'A 29-year-old man was charged on Saturday with arson over the fires that gutted the Holloway bus depot and the cricket pavilion in Pennock.',
    'Declan Moyse, of Ferrier Street, will appear before magistrates on Monday. A second man arrested on Friday evening was released without charge, Wealdmoor Police said.',
    'Wealdmoor Buses manager Priya Lindqvist said replacement buses would run from Monday to cover the eleven buses destroyed at the depot.',
    'Pennock Cricket Club chairman Oswin Farrant said the club would play its home games at Ashby Wold while the pavilion is rebuilt.',
  ],
  '2038-06-12T15:00:00+01:00',
);
// A follow-up of the bungalow fire that gives no street: the house and its neighbour kept in its opening (one story).
const NEIGHBOUR = storyArticle(
  'dryer-fire-neighbour',
  'Neighbour who pulled pensioner from Pennock bungalow fire is thanked',
  [
    'The neighbour who pulled an 81-year-old man from his burning bungalow in Pennock on Friday was thanked by the fire service on Monday.',
    'Gareth Pim broke a kitchen window to reach Walter Gedge as smoke filled the bungalow.',
    'Station Manager Idris Carrow of Wealdmoor Fire and Rescue Service said tumble dryers should never be left running overnight or when no one is home.',
  ],
  '2038-06-14T11:00:00+01:00',
);

function storyOf(all: readonly StoryArticle[], id: string): string[] {
  return clusterStories(all)
    .find((found) => found.articleIds.includes(id))!
    .articleIds.filter((member) => member !== 'bakery' && member !== 'match')
    .sort();
}

describe('the street an opening places its happening at', () => {
  it("reads a street's own words from a headline or a lede", () => {
    expect(streetsOpenedOn('Fire on Saddler Way', 'A car burned on Upper Mill Lane, Pennock.')).toEqual([
      'saddler',
      'upper mill',
    ]);
    expect(streetsOpenedOn('Fire at Pennock depot', 'The Crown Court heard the case.')).toEqual([]);
  });
});

describe('story grouping of two fires of one town on one day', () => {
  it('keeps a house fire on one street apart from the arson that day, though it names its people and retells it', () => {
    const all = [DRYER_FIRE, ...unrelatedStoryArticles('2038-06-11'), ARSON];
    expect(storyOf(all, 'saddler-way-fire')).toEqual(['saddler-way-fire']);
    const placed = placedOneByOne(all);
    expect(placed.get('depot-and-pavilion-arson')).not.toBe(placed.get('saddler-way-fire'));
  });

  it('keeps them apart whichever is told first', () => {
    const all = [ARSON, ...unrelatedStoryArticles('2038-06-11'), DRYER_FIRE];
    expect(storyOf(all, 'saddler-way-fire')).toEqual(['saddler-way-fire']);
  });

  it("joins the arson's follow-up with new people, which keeps the depot in its opening", () => {
    const all = [DRYER_FIRE, ARSON, ...unrelatedStoryArticles('2038-06-11'), CHARGED];
    expect(storyOf(all, 'depot-and-pavilion-arson')).toEqual(['depot-and-pavilion-arson', 'depot-arson-charge']);
    expect(storyOf(all, 'saddler-way-fire')).toEqual(['saddler-way-fire']);
  });

  it("joins the house fire's follow-up that names no street but keeps the bungalow", () => {
    const all = [DRYER_FIRE, ...unrelatedStoryArticles('2038-06-11'), NEIGHBOUR];
    expect(storyOf(all, 'saddler-way-fire')).toEqual(['dryer-fire-neighbour', 'saddler-way-fire']);
    const placed = placedOneByOne(all);
    expect(placed.get('dryer-fire-neighbour')).toBe(placed.get('saddler-way-fire'));
  });
});
