import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => (e.endDate ? `${e.date}..${e.endDate}` : e.date));
}

describe('the share of a recurring amount a time takes', () => {
  it('reads "a year, most of it between June and August" as no particular months', () => {
    expect(dated('The ferry carries 400,000 passengers a year, most of them between June and August.')).toEqual([]);
    expect(dated('Skiing earns the valley £40 million a season, much of it in February.')).toEqual([]);
  });

  it('still dates months told beside an amount that does not recur', () => {
    expect(dated('The ferry carried 40,000 passengers between June and August.')).toEqual(['2025-06..2025-08']);
  });
});
