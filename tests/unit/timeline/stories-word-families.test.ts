import { describe, expect, it } from 'vitest';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { openingsShareNoWord } from '../../../electron/core/timeline/stories/story-openings-apart.ts';
import { oneWord, stemsSharedAsOneWord } from '../../../electron/core/timeline/stories/word-families.ts';
import { storyArticle } from './story-helpers.ts';
import { unrelatedStoryArticles } from './support.ts';

// Written for this test: a town's water bills going up, and the same week its council backing a hotel on the
// waterfront, told by one paper with the town's names (the council, its leader quoted on both, a street) and openings
// that share the letters "water" and nothing else of what happened.
const RATES = storyArticle(
  'rates',
  'Dunmore water bills to rise by a fifth',
  [
    'Households in Dunmore will pay a fifth more for their water from April, Harlan Utilities said on Monday.',
    'The company blamed the cost of replacing pipes under Quayside Road that date from the 1890s.',
    'Dunmore Borough Council leader Margit Oyelaran said the rise would hit pensioners hardest.',
    'The average bill will go up by about £90 a year.',
  ],
  '2036-02-02T09:00:00Z',
);
const HOTEL = storyArticle(
  'hotel',
  'Dunmore waterfront hotel plan approved',
  [
    'Councillors in Dunmore approved plans for a 120-room hotel on the waterfront at a meeting on Thursday.',
    'The hotel will stand on the site of a disused grain store on Quayside Road.',
    'Dunmore Borough Council leader Margit Oyelaran said it would bring visitors and jobs to the town.',
    'Building work is due to start in the autumn.',
  ],
  '2036-02-05T09:00:00Z',
);

describe('words of one stem that are two words', () => {
  it('tells the forms of one word from a word built on another', () => {
    expect(oneWord('floods', 'flooded')).toBe(true);
    expect(oneWord('explosion', 'exploded')).toBe(true);
    expect(oneWord('protest', 'protesters')).toBe(true);
    expect(oneWord('govern', 'government')).toBe(true);
    expect(oneWord('water', 'waterfront')).toBe(false);
    expect(oneWord('court', 'courthouse')).toBe(false);
    expect(oneWord('stars', 'starfish')).toBe(false);
  });

  it('keeps a stem shared only when some word of each is a form of one word', () => {
    expect(stemsSharedAsOneWord(['water', 'dunmo'], ['water', 'dunmore'], ['waterfront', 'dunmore'])).toEqual([
      'dunmo',
    ]);
    expect(stemsSharedAsOneWord(['water'], ['water', 'waterfront'], ['waterfront'])).toEqual(['water']);
  });

  it('reads openings that share only "water" and "waterfront" beside names as sharing no word', () => {
    const [rates, hotel] = [fingerprintArticle(RATES), fingerprintArticle(HOTEL)];
    expect(openingsShareNoWord(rates, hotel, () => ['dunmore'])).toBe(true);
  });

  it('keeps the water bills apart from the waterfront hotel, whatever names of the town they share', () => {
    const others = unrelatedStoryArticles('2036-02-02');
    const stories = clusterStories([RATES, ...others, HOTEL]);
    expect(stories.find((story) => story.articleIds.includes('hotel'))!.articleIds).toEqual(['hotel']);
    const assigner = new StoryAssigner();
    for (const arriving of [RATES, ...others]) assigner.add(fingerprintArticle(arriving), `story-${arriving.id}`);
    expect(assigner.choose(fingerprintArticle(HOTEL))).toBeNull();
  });
});
