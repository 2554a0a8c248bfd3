import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a month with its year told after it in words', () => {
  it('reads "in March of last year" as that March, one event', () => {
    expect(dated('The mill shut its second line in March of last year.')).toEqual(['2024-03']);
  });

  it('reads "in February of next year" as next year’s February, one event', () => {
    expect(dated('The firm hopes to finish the rebuild in February of next year.')).toEqual(['2026-02']);
  });
});
