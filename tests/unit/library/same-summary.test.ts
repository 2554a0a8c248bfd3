import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { sameSummary } from '../../../electron/core/library/summary-strings.ts';

const summary: ArticleSummary = {
  id: 'abc123def45',
  url: 'https://news.example/story',
  title: 'Council votes',
  siteName: 'News',
  byline: null,
  excerpt: 'The council voted.',
  publishedAt: '2025-05-21',
  savedAt: '2025-05-21T10:00:00.000Z',
  updatedAt: '2025-05-21T10:00:00.000Z',
  state: 'unread',
  favorite: false,
  tags: ['council', 'vote'],
  wordCount: 3,
  readingMinutes: 1,
  progress: 0,
  leadImage: null,
  lang: 'en',
  sample: false,
  annotationCount: 0,
  feedId: null,
};

describe('whether an article read again says the same as its entry in the index', () => {
  it('is the same with equal fields, tags compared item by item', () => {
    expect(sameSummary(summary, { ...summary, tags: ['council', 'vote'] })).toBe(true);
  });

  it('differs in any field, in its tags or their order, and in a field only one of them has', () => {
    expect(sameSummary(summary, { ...summary, title: 'Council votes again' })).toBe(false);
    expect(sameSummary(summary, { ...summary, progress: 0.5 })).toBe(false);
    expect(sameSummary(summary, { ...summary, tags: ['vote', 'council'] })).toBe(false);
    expect(sameSummary(summary, { ...summary, tags: ['council'] })).toBe(false);
    expect(sameSummary(summary, { ...summary, arriving: true })).toBe(false);
    expect(sameSummary({ ...summary, contentStatus: 'pending' }, summary)).toBe(false);
  });
});
