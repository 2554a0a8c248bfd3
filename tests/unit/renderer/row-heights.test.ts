import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/model.ts';
import { RowHeights } from '../../../renderer/src/components/row-heights.ts';

const article = (title: string, more: Partial<ArticleSummary> = {}) =>
  ({
    title,
    excerpt: 'The council met on Tuesday.',
    tags: [],
    leadImage: null,
    progress: 0,
    ...more,
  }) as ArticleSummary;

// The list estimates rows it has not drawn yet; an estimate that matches the row when it arrives means the
// rows below it stay where they are while scrolling.
describe('row heights learnt while scrolling the list', () => {
  it('estimates a row not yet drawn at the height a row of the same shape measured', () => {
    const heights = new RowHeights();
    heights.setWidth(800);
    const before = heights.estimate(article('Flood closes the Old Mill Bridge'));
    heights.learn(article('Rail strike called off after talks'), 111);
    expect(before).not.toBe(111);
    expect(heights.estimate(article('Flood closes the Old Mill Bridge'))).toBe(111);
  });

  it('keeps rows with tags, a picture or a much longer title apart from plain ones', () => {
    const heights = new RowHeights();
    heights.setWidth(800);
    heights.learn(article('Flood closes the Old Mill Bridge'), 111);
    expect(heights.estimate(article('Flood closes the Old Mill Bridge', { tags: ['bridges'] }))).not.toBe(111);
    expect(heights.estimate(article('Flood closes the Old Mill Bridge', { leadImage: 'a.png' }))).not.toBe(111);
    const long = 'Engineers say the central pier of the Old Mill Bridge sank four centimetres after the flood';
    expect(heights.estimate(article(long))).not.toBe(111);
  });

  it('forgets what it learnt when the list changes width, since titles wrap anew', () => {
    const heights = new RowHeights();
    heights.setWidth(800);
    heights.learn(article('Flood closes the Old Mill Bridge'), 111);
    heights.setWidth(500);
    expect(heights.estimate(article('Flood closes the Old Mill Bridge'))).not.toBe(111);
  });
});
