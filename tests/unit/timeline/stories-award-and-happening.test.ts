import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

// Written for this test: a college's grant to study storm surges and, two days on, a storm surge that floods its own
// seafront buildings, both naming the college, its principal and the bay (a trap: an award and a flood of one place
// and one official in one week). Two unrelated articles make the library around them.
const GRANT = storyArticle(
  'surge-grant',
  'Pellmouth College awarded 9m to study storm surges',
  [
    'Pellmouth College has been awarded 9 million to build a laboratory studying how storm surges flood coastal towns, the science council said on Monday.',
    'Researchers will model Carrow Bay and test sea walls in a new flume. Dr Imogen Stroud, who will run it, said surges cost the coast dearly every winter.',
    'College principal Rafael Okonkwo called it the biggest award the college had ever won.',
    'Twenty scientists will be hired over the next two years.',
  ],
  '2036-11-02T10:00:00Z',
);
const SURGE = storyArticle(
  'surge-flood',
  'Storm surge floods Pellmouth seafront',
  [
    'A storm surge swept over the sea wall at Pellmouth on Tuesday night, flooding the promenade and the ground floor of the college boathouse.',
    'Carrow Bay rose almost two metres above the usual high tide as gales drove the sea ashore.',
    'Principal Rafael Okonkwo said the boats had been moved inland in time. Twelve homes on Quay Row were flooded.',
    'The water had drained away by Wednesday morning.',
  ],
  '2036-11-04T07:30:00Z',
);
const ALL = [GRANT, ...unrelatedStoryArticles('2036-11-02'), SURGE];

describe('story grouping of an award to study a kind of happening and such a happening', () => {
  it("keeps a college's grant to study storm surges apart from a surge flooding it two days later", () => {
    const stories = clusterStories(ALL);
    const grant = stories.find((story) => story.articleIds.includes('surge-grant'))!;
    expect(grant.articleIds).toEqual(['surge-grant']);
  });

  it('decides the same way when articles arrive one by one (StoryAssigner)', () => {
    const placed = placedOneByOne(ALL);
    expect(placed.get('surge-flood')).not.toBe(placed.get('surge-grant'));
  });
});
