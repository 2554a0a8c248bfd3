import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('loose counts of hours across midnight', () => {
  it('dates the event "almost 20 hours" before a clock time early in the day to the day before', () => {
    expect(dated('The last trains ran again at 3.30am on Tuesday, almost 20 hours after the signal fire.')).toEqual([
      '2025-11-11',
      '2025-11-10',
    ]);
  });

  it('dates the event "about 18 hours" after a clock time late in the day to the day after', () => {
    expect(
      dated('The crew left the harbour at 9 p.m. on Sunday, about 18 hours before the storm reached the bay.'),
    ).toEqual(['2025-11-09', '2025-11-10']);
  });
});
