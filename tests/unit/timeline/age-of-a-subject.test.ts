import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('the age of a sentence’s subject, set off by commas', () => {
  it('reads "The pump being scrapped, from 1974, had failed in March" as no 1974 event', () => {
    expect(dated('The pump being scrapped, from 1974, had failed its test in March.')).toEqual(['2025-03']);
  });

  it('still dates a year a relative clause tells as a start: "which ran from 1998"', () => {
    expect(dated('Trains on the branch line, which ran from 1998, stopped in March.')).toEqual(['1998', '2025-03']);
  });
});
