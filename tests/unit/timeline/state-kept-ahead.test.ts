import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a state kept until a day', () => {
  it('reads "will keep it fenced off until Sunday" as ahead, though the clause holds a participle', () => {
    expect(dated('Wardens shut Holm Park on Monday and will keep it fenced off until Sunday.')).toEqual([
      '2025-11-10',
      '2025-11-16',
    ]);
  });

  it('reads "will leave them switched off until Friday" as ahead', () => {
    expect(dated('The operator halted the turbines on Tuesday and will leave them switched off until Friday.')).toEqual(
      ['2025-11-11', '2025-11-14'],
    );
  });
});
