import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => (e.endDate ? `${e.date}..${e.endDate}` : e.date));
}

describe('ranges of days with the month cut short', () => {
  it('reads "between Dec 1 and 3" and "between 8 and 10 Nov." as ranges', () => {
    expect(dated('The council will close the Arden bridge between Dec 1 and 3.')).toEqual(['2025-12-01..2025-12-03']);
    expect(dated('Inspectors surveyed the Arden bridge between 8 and 10 Nov. before the vote.')).toEqual([
      '2025-11-08..2025-11-10',
    ]);
  });
});
