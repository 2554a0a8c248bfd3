import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: a ferry crews' walkout at Skelvik harbour and, two days on, the first cruise ship ever to
// berth there, sharing the harbour town and its quays' words and little else (a trap: two happenings of one port).
// Two unrelated articles make the library around them.
const WALKOUT = storyArticle(
  'ferry-walkout',
  'Skelvik harbour crews walk out over rota changes',
  [
    'Crews at Skelvik harbour began a 48-hour strike at dawn on Monday over new rotas, halting ships at the ferry terminal.',
    'The Seafarers Guild said members had rejected the rotas four to one. Organiser Brede Halvorsen said they meant fourteen-hour days at the quay.',
    'Cargo ships at the harbour are unaffected, the harbour board said.',
  ],
  '2036-09-07T07:00:00Z',
);
const CRUISE = storyArticle(
  'cruise-call',
  'Biggest ship ever to berth at Skelvik harbour',
  [
    'The Aurora Vale, a 290-metre cruise ship, berthed at Skelvik harbour on Wednesday, the biggest ship ever to call at the quay.',
    'About 3,000 passengers came ashore for coach trips to the glacier, Ingrid Saetre of the port authority said.',
    'The quay was lengthened last winter so that bigger ships could use the harbour.',
  ],
  '2036-09-09T10:00:00Z',
);
const ALL = [WALKOUT, ...unrelatedStoryArticles('2036-09-07'), CRUISE];

describe('story grouping of a decision beside an opening telling nothing happened', () => {
  it("keeps ferry crews' walkout apart from a cruise ship's first call two days later at the same harbour", () => {
    const story = clusterStories(ALL).find((found) => found.articleIds.includes('ferry-walkout'))!;
    expect(story.articleIds).toEqual(['ferry-walkout']);
  });

  it('decides the same way when articles arrive one by one (StoryAssigner)', () => {
    const placed = placedOneByOne(ALL);
    expect(placed.get('cruise-call')).not.toBe(placed.get('ferry-walkout'));
  });
});

// Written for this test: a health minister's resignation over a hospital cleaning contract and, two days on, a comment
// piece on it that tells no happening of its own, sharing the minister and nothing else by name (one story).
const RESIGNATION = storyArticle(
  'minister-resigns',
  'Health minister resigns over cleaning contract',
  [
    'Health minister Cordelia Vantongeren resigned on Monday after it emerged that a hospital cleaning contract went to a firm run by her cousin.',
    'In her letter she said she had not known of the bid, but should have asked.',
    'The contract, worth 12 million a year, is now being reviewed.',
  ],
  '2036-10-05T18:00:00Z',
);
const COMMENT = storyArticle(
  'minister-comment',
  'Vantongeren is gone, but the hospital cleaning questions remain',
  [
    'Comment: Cordelia Vantongeren did what was expected of her, and not a day too soon.',
    'Nobody has yet explained why a firm with four staff was trusted with the wards of three hospitals.',
    'The cousin has said nothing. The department has said less.',
  ],
  '2036-10-07T07:00:00Z',
);

describe('story grouping of a decision beside a comment on it', () => {
  it("joins a minister's resignation and a comment piece on it that name only the minister", () => {
    const all = [RESIGNATION, ...unrelatedStoryArticles('2036-10-05'), COMMENT];
    const story = clusterStories(all).find((found) => found.articleIds.includes('minister-resigns'))!;
    expect(story.articleIds.sort()).toEqual(['minister-comment', 'minister-resigns']);
    const placed = placedOneByOne(all);
    expect(placed.get('minister-comment')).toBe(placed.get('minister-resigns'));
  });
});
