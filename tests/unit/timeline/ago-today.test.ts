import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a count back from the day named after it', () => {
  it('reads "a week ago today" as one day, not also today', () => {
    expect(dated('The works council voted for the strike a week ago today.')).toEqual(['2025-11-05']);
  });

  it('reads "two weeks ago yesterday" and "a year ago today" as one day each', () => {
    expect(dated('The pier was closed two weeks ago yesterday.')).toEqual(['2025-10-28']);
    expect(dated('The mill burned down a year ago today.')).toEqual(['2024-11-12']);
  });
});
