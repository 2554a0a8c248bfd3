// A story grown by single links: the ferry crews of a town vote to strike; the town's refuse collectors back a strike
// of their own a few days later and join the ferry story on the town's names (its council, the union, the leader);
// then the ferry strike is called off, a report very like the vote and far from the refuse collectors. Through the
// vote, the called-off strike and the refuse strike would be one story. The vote is much more like the newcomer than
// like the refuse strike, so it goes with the newcomer and the refuse strike keeps a story of its own. Written for this
// test.
import { describe, expect, it } from 'vitest';
import {
  chooseStory,
  clusterStories,
  fingerprintArticle,
  JOIN_THRESHOLD,
} from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { chainedOff, placement } from '../../../electron/core/timeline/stories/story-kept-out.ts';
import { pairParts, storyArticle, storyOf } from './story-helpers.ts';

const VOTE = storyArticle(
  'vote',
  'Quillmouth ferry crews vote to strike over shift cuts',
  [
    'Ferry crews on the Quillmouth to Skerrow Island crossing have voted to strike over plans to cut a shift from every boat, the Harbour and Transport Union said on Monday.',
    'Of the 84 deckhands and engineers balloted, 71 backed a walkout, which would halt the crossing for three days from next Thursday.',
    'Quillmouth Borough Council, which runs the ferries, said the shift cuts would save money without making the crossing less safe.',
    'Council leader Ottoline Farrage said she hoped the union would come back to talks before islanders were left stranded.',
    'Union organiser Bram Hethersett said crews were worn out already and a shorter crew was a danger on the winter crossing.',
  ],
  '2035-01-14T10:00:00+00:00',
);
const REFUSE = storyArticle(
  'refuse',
  'Quillmouth refuse collectors back strike over new rounds',
  [
    'Refuse collectors in Quillmouth have backed a strike over new rounds that would add two hours to a working day, the Harbour and Transport Union said.',
    'Bins would go unemptied across the town for a week from the end of the month if the walkout goes ahead.',
    'Quillmouth Borough Council said the new rounds followed the opening of a recycling depot at Gannet Lane.',
    'Council leader Ottoline Farrage said the rounds had been drawn up with the collectors and she was surprised by the ballot.',
  ],
  '2035-01-17T10:00:00+00:00',
);
const CALLED_OFF = storyArticle(
  'called-off',
  'Quillmouth ferry strike called off as shift cuts are shelved',
  [
    'The three-day strike by ferry crews on the Quillmouth to Skerrow Island crossing has been called off after the council shelved plans to cut a shift from every boat.',
    'The Harbour and Transport Union said its deckhands and engineers would sail as normal from Thursday, when the stoppage was to have begun.',
    'Union organiser Bram Hethersett said crews had won the argument that a shorter crew was a danger on the winter crossing.',
    'The ferries will keep every shift while a review of the crossing is carried out.',
    'Islanders who had booked the crossing for next week need not change their plans, the council said.',
  ],
  '2035-01-21T10:00:00+00:00',
);

const ARTICLES = [VOTE, REFUSE, CALLED_OFF];

describe('a story grown through an article in between', () => {
  it('is joined on single links of the kind the rule reads', () => {
    expect(pairParts(VOTE, REFUSE, [CALLED_OFF]).score).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    expect(pairParts(CALLED_OFF, REFUSE, [VOTE]).score).toBeLessThan(0.2);
    const between = pairParts(CALLED_OFF, VOTE, [REFUSE]).score;
    expect(between).toBeGreaterThan(2 * pairParts(VOTE, REFUSE, [CALLED_OFF]).score);
  });

  it('splits: the vote goes with the strike called off, the refuse strike keeps a story of its own', () => {
    const stories = clusterStories(ARTICLES);
    expect(storyOf(stories, 'called-off')).toEqual(['called-off', 'vote']);
    expect(storyOf(stories, 'refuse')).toEqual(['refuse']);
  });

  it('splits alike as they arrive one at a time', () => {
    const assigner = new StoryAssigner();
    assigner.add(fingerprintArticle(VOTE), 'story-vote');
    const refuse = assigner.place(fingerprintArticle(REFUSE));
    expect(refuse.story).toBe('story-vote');
    assigner.add(fingerprintArticle(REFUSE), 'story-vote');
    const placed = assigner.place(fingerprintArticle(CALLED_OFF));
    expect(placed.leaving).toEqual(['refuse']);
    expect(assigner.storyOf('refuse')).not.toBe(assigner.storyOf('vote'));
  });
});

describe('which articles a story sheds for a newcomer joined through one of them', () => {
  const alike =
    (pairs: Record<string, number>) =>
    (one: string, other: string): number =>
      pairs[`${one}-${other}`] ?? pairs[`${other}-${one}`] ?? 0;

  it('sheds those far from it when the one in between is more than twice as like it as like them', () => {
    const judged = [
      { story: 's', member: 'first', score: 0.12 },
      { story: 's', member: 'between', score: 0.8 },
    ];
    expect(chainedOff(judged, 's', JOIN_THRESHOLD, alike({ 'between-first': 0.35 }))).toEqual(['first']);
    expect(placement(judged, chooseStory, JOIN_THRESHOLD, alike({ 'between-first': 0.35 }), () => true)).toEqual({
      story: 's',
      member: 'between',
      leaving: ['first'],
    });
    // Nor does a story the reader shaped split.
    const shaped = placement(judged, chooseStory, JOIN_THRESHOLD, alike({ 'between-first': 0.35 }), () => false);
    expect(shaped?.leaving).toEqual([]);
  });

  it('takes it whole when the one in between is not that much more like it: a long story told in other words', () => {
    const judged = [
      { story: 's', member: 'first', score: 0.15 },
      { story: 's', member: 'between', score: 0.48 },
    ];
    expect(chainedOff(judged, 's', JOIN_THRESHOLD, alike({ 'between-first': 0.42 }))).toEqual([]);
  });

  it('takes it whole when most of the story is near it', () => {
    const judged = [
      { story: 's', member: 'first', score: 0.08 },
      { story: 's', member: 'second', score: 0.28 },
      { story: 's', member: 'between', score: 0.7 },
    ];
    expect(chainedOff(judged, 's', JOIN_THRESHOLD, alike({ 'between-first': 0.16 }))).toEqual([]);
  });
});
