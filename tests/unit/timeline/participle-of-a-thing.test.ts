import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a participle describing a thing, after a forward cue', () => {
  it('leaves "will be able to collect bikes locked in the store on Friday" ahead', () => {
    expect(dated('Students will be able to collect bikes locked in the bike store on Friday.')).toEqual(['2025-11-14']);
  });

  it('keeps a past verb of its own clause: "will sail again because the crews worked on Monday"', () => {
    expect(dated('The ferry will sail again because the crews worked on Monday.')).toEqual(['2025-11-10']);
  });
});
