import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

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

  // Written for this test: a noun phrase set off of its own telling a part of the subject, with no verb.
  it('reads "Its pumps, the newest of them from 1998, failed in March" as no 1998 event', () => {
    expect(dated('Its pumps, the newest of them from 1998, failed in March.')).toEqual(['2025-03']);
    expect(dated('The village bells, two of them from 1720, rang on Sunday.')).toEqual(['2025-11-09']);
  });

  it('still dates a year an aside with a verb tells: "one of them moved from 2019"', () => {
    expect(dated('The crews, most of them sent from 2019, finished in March.')).toEqual(['2019', '2025-03']);
  });
});
