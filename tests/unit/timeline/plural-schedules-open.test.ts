import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('things that open on a day, told in the present', () => {
  it('puts "applications open on Monday" ahead', () => {
    expect(dated('The grants are worth up to £500, and applications open on Monday.')).toEqual(['2025-11-17']);
  });

  it('keeps "kept the lanes open on Sunday" behind', () => {
    expect(dated('Gritters kept the lanes open on Sunday despite the snow.')).toEqual(['2025-11-09']);
  });
});
