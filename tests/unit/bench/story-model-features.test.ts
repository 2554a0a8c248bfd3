import { describe, expect, it } from 'vitest';
import type { SimilarityParts } from '../../../electron/core/timeline/stories/stories.ts';
import { daysApart, FEATURE_NAMES, FITTED, storyChance, storyFeatures } from '../../bench/story-model.ts';

const PARTS: SimilarityParts = {
  score: 0.42,
  text: 0.3,
  shared: 0.5,
  names: 0.4,
  common: 7,
  sameCounts: true,
  opening: false,
  particulars: 0.05,
  happening: 0,
  route: 'town-aside',
};

describe('story model features', () => {
  it('reads every part of the similarity, the route as flags and the common names capped', () => {
    const features = storyFeatures(PARTS, 2);
    expect(features).toHaveLength(FEATURE_NAMES.length);
    const named = Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, features[index]]));
    expect(named).toMatchObject({ text: 0.3, common: 5, sameCounts: 1, opening: 0, setAside: 1, handScore: 0.42 });
    expect(named.daysApart).toBeCloseTo(Math.log1p(2));
  });

  it('counts days between publications, and none when a page gives no date', () => {
    expect(daysApart({ publishedAt: '2034-06-08T13:00:00Z' }, { publishedAt: '2034-06-10T13:00:00+00:00' })).toBe(2);
    expect(daysApart({ publishedAt: null }, { publishedAt: '2034-06-10T13:00:00Z' })).toBe(0);
  });

  it('gives a chance between 0 and 1, higher for a pair the hand rules score higher', () => {
    const low = storyChance(FITTED, storyFeatures({ ...PARTS, route: 'names', score: 0.1 }, 0));
    const high = storyChance(FITTED, storyFeatures({ ...PARTS, route: 'names', score: 0.6 }, 0));
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(high).toBeGreaterThan(low);
  });
});
