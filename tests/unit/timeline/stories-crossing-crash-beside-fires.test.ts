import { describe, expect, it } from 'vitest';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: in the town of Hallowby on one Tuesday, a freight train hitting a lorry on the Mardle Lane
// level crossing (the driver hurt, the lorry's load burning), and that night a house fire on Tanner Row (a trap: both
// name the town, its fire chief and its police chief, on the same and the next day, and both tell of flames). A guard
// at the grouping level: these two were kept apart before the sites rule too (their words are unalike among so few
// articles); the rule's own test of two kinds at two places is in stories-fires-of-two-buildings.test.ts.
const CRASH = storyArticle(
  'crossing-crash',
  'Freight train ploughs into lorry at Hallowby crossing',
  [
    'A freight train ploughed into a lorry stuck on the Mardle Lane level crossing in Hallowby on Tuesday afternoon, badly injuring the lorry driver.',
    'The lorry, carrying hay, burst into flames and crews spent an hour putting the fire out.',
    'Fire chief Owen Strick said the lorry had been pushed almost 100 metres along the line.',
    'Police chief Marta Lindqvist said the barriers had come down as normal and officers were speaking to witnesses.',
  ],
  '2039-03-08T18:00:00+00:00',
);
const HOUSE_FIRE = storyArticle(
  'house-fire',
  'Pensioner rescued as fire rips through Hallowby home',
  [
    'Firefighters carried an 84-year-old woman from her smoke-filled house on Tanner Row in Hallowby late on Tuesday night.',
    'Crews arrived within six minutes and she was treated for smoke inhalation; a candle left burning in the front room is thought to have started the fire.',
    'Fire chief Owen Strick, whose crews had also been called to the rail crash on Tuesday afternoon, said it had been one of the busiest days for the station in years.',
    'Police chief Marta Lindqvist said the fire was not being treated as suspicious.',
  ],
  '2039-03-09T09:30:00+00:00',
);
// The crash told again the next day by another paper: the crossing and the lorry kept, new people (one story).
const INQUIRY = storyArticle(
  'crossing-inquiry',
  'Rail investigators examine Hallowby crossing after lorry was struck',
  [
    'Rail accident investigators spent Wednesday at the Hallowby level crossing where a freight train struck a stranded lorry.',
    'The lorry driver, Dale Ferris, remains in hospital in a stable condition.',
    'Police chief Marta Lindqvist said the line would stay closed until Thursday while the wreckage is lifted.',
  ],
  '2039-03-09T16:00:00+00:00',
);

function storyOf(all: readonly StoryArticle[], id: string): string[] {
  return clusterStories(all)
    .find((found) => found.articleIds.includes(id))!
    .articleIds.filter((member) => member !== 'bakery' && member !== 'match')
    .sort();
}

describe('story grouping of a crossing crash and a house fire in one town', () => {
  it('keeps a house fire apart from a train hitting a lorry that burned, though both name the fire and police chiefs', () => {
    const all = [CRASH, ...unrelatedStoryArticles('2039-03-08'), HOUSE_FIRE];
    expect(storyOf(all, 'house-fire')).toEqual(['house-fire']);
    const placed = placedOneByOne(all);
    expect(placed.get('house-fire')).not.toBe(placed.get('crossing-crash'));
  });

  it('joins the crash told again with the crossing and the lorry kept', () => {
    const all = [CRASH, HOUSE_FIRE, ...unrelatedStoryArticles('2039-03-08'), INQUIRY];
    expect(storyOf(all, 'crossing-crash')).toEqual(['crossing-crash', 'crossing-inquiry']);
  });
});
