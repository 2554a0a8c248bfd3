import { describe, expect, it } from 'vitest';
import { openingDeeds, openingDeedsApart } from '../../../electron/core/timeline/opening-deeds.ts';
import { clusterStories } from '../../../electron/core/timeline/stories.ts';
import { placedOneByOne, storyArticle, unrelatedStoryArticles } from './support.ts';

// Written for this test: at Brackwater College on two days of one week, a fire that destroyed its sports hall and the
// governors' vote to drop its evening classes, both naming the college, the town and its principal in full, Ruth
// Tarrant (a trap: two happenings); and the fire told again the next day by a wire, which names the principal too.
const FIRE = storyArticle(
  'fire',
  'Fire destroys Brackwater College sports hall',
  [
    'A fire destroyed the sports hall at Brackwater College overnight, firefighters said on Tuesday.',
    'Crews from Brackwater and Ellerby fought the flames for five hours and kept them from the library next door.',
    'Principal Ruth Tarrant said exams due in the hall next week would move to the town hall.',
    'The cause of the fire is being investigated.',
  ],
  '2036-03-04T07:30:00Z',
);
const WIRE = storyArticle(
  'wire',
  'Blaze at Brackwater College started in boiler room, firefighters say',
  [
    'The fire that gutted a sports hall at Brackwater College began in a boiler room, firefighters said on Wednesday.',
    'No one was hurt. Principal Ruth Tarrant thanked the crews and said the hall was insured.',
    'Rebuilding is expected to take a year.',
  ],
  '2036-03-05T12:00:00Z',
);
const VOTE = storyArticle(
  'vote',
  'Brackwater College governors vote to end evening classes',
  [
    'Governors at Brackwater College voted on Wednesday night to end evening classes for adults from the autumn.',
    'They said the courses had lost money for three years, and that numbers at the college had fallen by a third.',
    'Principal Ruth Tarrant said she regretted the decision but that the college had to balance its books.',
    'Students who packed the meeting in Brackwater said they would ask the county to fund the classes.',
    'The meeting was held at the town hall next door.',
  ],
  '2036-03-05T21:00:00Z',
);
const ALL = [FIRE, ...unrelatedStoryArticles('2036-03-04'), WIRE, VOTE];

const storyOf = (stories: { articleIds: string[] }[], id: string) =>
  [...stories.find((story) => story.articleIds.includes(id))!.articleIds].sort();

describe('the deeds two openings tell', () => {
  it('reads the actions of a headline and lede, in any of their words', () => {
    expect(openingDeeds(FIRE.title, FIRE.text.split('\n')[0]!)).toContain('fire');
    expect(openingDeeds(VOTE.title, VOTE.text.split('\n')[0]!)).toContain('vote');
  });

  it('tells a fire and a vote apart, but never an opening that tells no deed or one of the same kind', () => {
    expect(openingDeedsApart(['fire'], ['vote'])).toBe(true);
    expect(openingDeedsApart(['fire'], [])).toBe(false);
    expect(openingDeedsApart(undefined, ['vote'])).toBe(false);
    expect(openingDeedsApart(['collapse'], ['impact'])).toBe(false);
  });
});

describe('an official named in full in two happenings of one institution', () => {
  it('keeps a fire and a vote at one college apart, though both name its principal in full, grouped or placed one by one', () => {
    const stories = clusterStories(ALL);
    expect(storyOf(stories, 'fire')).toEqual(['fire', 'wire']);
    expect(storyOf(stories, 'vote')).toEqual(['vote']);
    const placed = placedOneByOne(ALL);
    expect([placed.get('wire'), placed.get('vote')]).toEqual([placed.get('fire'), 'story-vote']);
  });
});
