import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('times of the day told in words', () => {
  it('dates "that same afternoon" by the time just told', () => {
    const text = [
      'Divers reached the wreck of the Pelham on Monday.',
      'They raised its bell that same afternoon.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10', '2025-11-10']);
  });
});
