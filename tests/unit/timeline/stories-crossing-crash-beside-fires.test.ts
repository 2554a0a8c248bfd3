import { describe, expect, it } from 'vitest';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories.ts';
import { placedOneByOne, storyArticle, unrelatedStoryArticles } from './support.ts';

// Written for this test: in the town of Hallowby on one Tuesday, a freight train hitting a lorry on a level crossing
// (the driver hurt), and that night two barns burning on a farm outside the town (a trap: both name the town, its fire
// chief and its police chief, on the same and the next day).
const CRASH = storyArticle(
  'crossing-crash',
  'Freight train hits lorry on Hallowby level crossing',
  [
    'A freight train hit a lorry stuck on the level crossing at Hallowby on Tuesday afternoon, injuring the lorry driver.',
    'The 58-year-old driver was cut free and flown to hospital with leg injuries; the train driver was unhurt.',
    'Fire chief Owen Strick said the lorry had been pushed almost 100 metres along the line.',
    'Police chief Marta Lindqvist said the barriers had come down as normal and officers were speaking to witnesses.',
  ],
  '2039-03-08T18:00:00+00:00',
);
const BARNS = storyArticle(
  'barn-fires',
  'Two barns burn down in Hallowby overnight',
  [
    'Two hay barns were destroyed by fire on a farm outside Hallowby overnight on Tuesday.',
    'Crews fought the flames for six hours and saved the farmhouse and a herd of cattle.',
    'Fire chief Owen Strick, whose crews had spent the afternoon at the level crossing, said the fires were being treated as suspicious.',
    'Police chief Marta Lindqvist asked anyone who saw a car near the farm after 10pm to come forward.',
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

describe('story grouping of a crossing crash and fires in one town', () => {
  it('keeps the barn fires apart from the train hitting a lorry, though both name the fire and police chiefs', () => {
    const all = [CRASH, ...unrelatedStoryArticles('2039-03-08'), BARNS];
    expect(storyOf(all, 'barn-fires')).toEqual(['barn-fires']);
    const placed = placedOneByOne(all);
    expect(placed.get('barn-fires')).not.toBe(placed.get('crossing-crash'));
  });

  it('joins the crash told again with the crossing and the lorry kept', () => {
    const all = [CRASH, BARNS, ...unrelatedStoryArticles('2039-03-08'), INQUIRY];
    expect(storyOf(all, 'crossing-crash')).toEqual(['crossing-crash', 'crossing-inquiry']);
  });
});
