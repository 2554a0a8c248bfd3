import { describe, expect, it } from 'vitest';
import { nodsBackOneWay } from '../../../electron/core/timeline/stories/names-in-passing.ts';
import { clusterStories, fingerprintArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../../electron/core/timeline/stories/story-assigner.ts';
import { pairParts, storyArticle, storyOf } from './story-helpers.ts';

// Written for this test: a fiddler wins a folk prize at Grenmoor Hall, and five weeks later cuts her hand in her
// kitchen and calls off a tour, told twice. The first report of the injury recalls the prize in one later sentence;
// her agent speaks in both stories.
const PRIZE = storyArticle(
  'prize',
  'Maria Vennick takes Grenmoor Folk Prize',
  [
    'Maria Vennick won the Grenmoor Folk Prize at Grenmoor Hall on Saturday night with a set of her own reels.',
    'The judges said her playing was the boldest they had heard in a decade.',
    'Her agent, Thomas Marsh, said the prize money would pay for her first album.',
  ],
  '2037-03-15T22:00:00Z',
);
const INJURY = storyArticle(
  'injury',
  'Vennick calls off spring tour after cutting hand',
  [
    'Maria Vennick has called off her spring tour after cutting her left hand badly in a kitchen accident on Monday.',
    'The fiddler, who took the Grenmoor Folk Prize at Grenmoor Hall in March, needed eleven stitches and cannot play for six weeks.',
    'Her agent Thomas Marsh said all tickets would be refunded.',
  ],
  '2037-04-22T09:00:00Z',
);
const INJURY_LATER = storyArticle(
  'injury-later',
  'Fiddler Vennick refunds tour tickets after hand injury',
  [
    'Maria Vennick is refunding every ticket for her spring tour after cutting her left hand badly in a kitchen accident.',
    'Thomas Marsh, her agent, said the eleven stitches would come out next week.',
    'Vennick hopes to play again by June, he said.',
  ],
  '2037-04-23T12:00:00Z',
);

describe('a person’s new happening that recalls an old one in passing, weeks later', () => {
  it('reads the injury report’s nod back at the prize as two happenings', () => {
    const [prize, injury] = [fingerprintArticle(PRIZE), fingerprintArticle(INJURY)];
    const inCommon = Object.keys(prize.entities).filter((name) => name in injury.entities);
    expect(nodsBackOneWay(prize, injury, inCommon)).toBe(true);
    expect(pairParts(PRIZE, INJURY, [INJURY_LATER]).route).toBe('happening-nod');
  });

  it('does not read a nod back at a happening of the same days', () => {
    const [prize, injury] = [fingerprintArticle(PRIZE), fingerprintArticle(INJURY)];
    const inCommon = Object.keys(prize.entities).filter((name) => name in injury.entities);
    const soon = { ...injury, openingDays: ['2037-03-20'], publishedAt: '2037-03-21T09:00:00Z' };
    expect(nodsBackOneWay(prize, soon, inCommon)).toBe(false);
  });

  it('keeps the prize apart from the injury, and the injury’s reports together', () => {
    expect(storyOf(clusterStories([PRIZE, INJURY]), 'prize')).toEqual(['prize']);
    const stories = clusterStories([PRIZE, INJURY, INJURY_LATER]);
    expect(storyOf(stories, 'injury')).toEqual(['injury', 'injury-later']);
    expect(storyOf(stories, 'prize')).toEqual(['prize']);
  });

  it('places them so as articles arrive one at a time, as the library does', () => {
    const assigner = new StoryAssigner();
    const placed = new Map<string, string>();
    for (const arriving of [PRIZE, INJURY, INJURY_LATER]) {
      const fingerprint = fingerprintArticle(arriving);
      const storyId = assigner.choose(fingerprint) ?? `story-${arriving.id}`;
      placed.set(arriving.id, storyId);
      assigner.add(fingerprint, storyId);
    }
    expect(placed.get('injury-later')).toBe(placed.get('injury'));
    expect(placed.get('prize')).toBe('story-prize');
  });
});
