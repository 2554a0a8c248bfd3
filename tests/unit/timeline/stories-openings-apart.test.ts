import { describe, expect, it } from 'vitest';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import {
  joinsOnPlaceNamesAlone,
  openingsShareNoWord,
} from '../../../electron/core/timeline/stories/story-openings-apart.ts';
import { storyArticle, storyOf } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

// Written for this test: a town's march to save its paper mill and, the same week, its fire station keeping its night
// crew, told by one paper with the town's names (its council, its streets, the mill's owner, which the station's crews
// once fought a fire at) and some of the same words, but opening on two things; and the mill's owner announcing the
// closure the march is against, which opens on the mill too.
const article = storyArticle;

const MARCH = article(
  'march',
  'Brackwater marches to save its paper mill',
  [
    'Hundreds of people walked through Brackwater on Saturday to ask Ostley Paper not to close its mill.',
    'The march set off from Mill Road and ended outside the Harling County Council offices on Corran Street.',
    'Ostley Paper says the mill has lost money for three years and that its machines are worn out.',
    'Speakers told the crowd that Harling County Council should help find a buyer before the mill shuts.',
    'Union officials said the 300 jobs at the Brackwater mill were the last big jobs left in the town.',
  ],
  '2035-03-10T09:00:00Z',
);
const STATION = article(
  'station',
  'Brackwater fire station holds on to its night crew',
  [
    "Brackwater's fire station will go on being staffed overnight after Harling County Council dropped a plan to cut its crew.",
    'Firefighters from the station on Corran Street were the first at the blaze in the Ostley Paper warehouse on Mill Road in 2031.',
    'The council said the savings will be found elsewhere in the fire budget.',
    'Residents had feared waiting for engines from Ashby, twenty minutes away, after dark.',
  ],
  '2035-03-12T09:00:00Z',
);
const CLOSURE = article(
  'closure',
  'Ostley Paper to close Brackwater mill',
  [
    'Ostley Paper will close its Brackwater mill in the summer, putting 300 jobs at risk, the company said on Monday.',
    'The mill on Mill Road has lost money for three years, and Ostley Paper said its machines were worn out.',
    'Harling County Council said it would try to find a buyer for the mill.',
  ],
  '2035-03-03T09:00:00Z',
);
const OTHERS = unrelatedStoryArticles('2035-03-04');

describe('two happenings of one place: openings that share no word but names', () => {
  it('tells openings that share only names from openings that share what happened', () => {
    const names = () => ['brackwater', 'ostley paper'];
    const march = { title: MARCH.title, lede: fingerprintArticle(MARCH).lede };
    const station = { title: STATION.title, lede: fingerprintArticle(STATION).lede };
    const closure = { title: CLOSURE.title, lede: fingerprintArticle(CLOSURE).lede };
    expect(openingsShareNoWord(march, station, names)).toBe(true);
    expect(openingsShareNoWord(march, closure, names)).toBe(false);
  });

  it('sets names aside only for a pair that would join on them, with words not alike and nothing else in common', () => {
    const pair = { score: 0.35, text: 0.24, sameCounts: false, particulars: 0, opening: false };
    expect(joinsOnPlaceNamesAlone(pair, 0.3, () => true)).toBe(true);
    expect(joinsOnPlaceNamesAlone(pair, 0.3, () => false)).toBe(false);
    expect(joinsOnPlaceNamesAlone({ ...pair, score: 0.25 }, 0.3, () => true)).toBe(false);
    expect(joinsOnPlaceNamesAlone({ ...pair, text: 0.3 }, 0.3, () => true)).toBe(false);
    expect(joinsOnPlaceNamesAlone({ ...pair, sameCounts: true }, 0.3, () => true)).toBe(false);
    expect(joinsOnPlaceNamesAlone({ ...pair, particulars: 0.1 }, 0.3, () => true)).toBe(false);
  });

  it("keeps the fire station's night crew apart from the march, whatever names of the town they share", () => {
    const stories = clusterStories([CLOSURE, ...OTHERS, MARCH, STATION]);
    expect(storyOf(stories, 'station')).toEqual(['station']);
    expect(storyOf(stories, 'march')).toEqual(['closure', 'march']);
    const assigner = new StoryAssigner();
    for (const arriving of [...OTHERS, MARCH]) assigner.add(fingerprintArticle(arriving), `story-${arriving.id}`);
    expect(assigner.choose(fingerprintArticle(STATION))).toBeNull();
  });
});
