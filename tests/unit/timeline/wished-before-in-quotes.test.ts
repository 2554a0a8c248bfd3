import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('quoted speech wishing something done before a time', () => {
  it('tells nothing that happens then', () => {
    expect(dated('“We need the roof fixed before Christmas,” the head teacher said.')).toEqual([]);
    expect(dated('"Both unions want a deal before Friday, and I will hold them to it," the mediator said.')).toEqual(
      [],
    );
  });

  it('still counts a quoted happening before a time, and a wish outside quotes', () => {
    expect(dated('“The ceiling came down just before Christmas,” the head teacher said.')).toEqual(['2024-12-25']);
    expect(dated('The unions want a deal before Friday.')).toEqual(['2025-11-14']);
  });
});
