import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

describe('a year naming what befell ships and animals', () => {
  it('reads "a 2014 beaching" and "the 2009 capsizing" as past happenings, told as background', () => {
    const events = extractEvents(
      'A 2014 beaching on the same sandbar killed 40 dolphins, and the 2009 capsizing of a trawler still haunts the port.',
      WEDNESDAY,
    );
    expect(events.map((e) => [e.date, e.background])).toEqual([
      ['2014', true],
      ['2009', true],
    ]);
  });
});
