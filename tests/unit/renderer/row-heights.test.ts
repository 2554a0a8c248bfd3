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

// A reader's library mixes one-line titles with long ones and short excerpts with long ones: the list learns how
// many lines each takes from the rows it measured, so rows with as many lines share a height, and rows with more
// lines do not borrow a shorter row's height.
describe('row heights by how many lines a row takes', () => {
  const oneLineTitle = { title: 21, excerpt: 38, tags: 0 };
  const twoLineTitle = { title: 43, excerpt: 38, tags: 0 };
  const longExcerpt =
    'The council met on Tuesday to vote on the budget for the new bridge, which flood water closed in May.';

  it('tells a title that wraps from one that does not, however close their lengths', () => {
    const heights = new RowHeights();
    heights.setWidth(800);
    heights.learn(article('a'.repeat(60), { excerpt: longExcerpt }), 111, oneLineTitle);
    heights.learn(article('b'.repeat(70), { excerpt: longExcerpt }), 132, twoLineTitle);
    expect(heights.estimate(article('c'.repeat(52), { excerpt: longExcerpt }))).toBe(111);
    expect(heights.estimate(article('d'.repeat(80), { excerpt: longExcerpt }))).toBe(132);
  });

  it('tells a one-line excerpt from a two-line one', () => {
    const heights = new RowHeights();
    heights.setWidth(800);
    heights.learn(article('Flood closes the Old Mill Bridge', { excerpt: longExcerpt }), 130, oneLineTitle);
    heights.learn(article('Rail strike called off after talks', { excerpt: 'Talks went on all night.' }), 111, {
      ...oneLineTitle,
      excerpt: 19,
    });
    expect(heights.estimate(article('Budget vote put off', { excerpt: `${longExcerpt} It opens in June.` }))).toBe(130);
    expect(heights.estimate(article('Harbour wall repaired', { excerpt: 'Work ended early.' }))).toBe(111);
  });

  it('counts lines right after a first row whose title took two lines', () => {
    const heights = new RowHeights();
    heights.setWidth(800);
    heights.learn(article('b'.repeat(70), { excerpt: longExcerpt }), 132, twoLineTitle);
    heights.learn(article('a'.repeat(30), { excerpt: longExcerpt }), 111, oneLineTitle);
    heights.learn(article('e'.repeat(75), { excerpt: longExcerpt }), 132, twoLineTitle);
    expect(heights.estimate(article('d'.repeat(80), { excerpt: longExcerpt }))).toBe(132);
    expect(heights.estimate(article('c'.repeat(25), { excerpt: longExcerpt }))).toBe(111);
  });
});
