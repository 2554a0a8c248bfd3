import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a lede telling a deed just done, as said on a day', () => {
  it('makes that day the main event a clock time of a later paragraph falls back on', () => {
    const text = [
      'Halvard Foods has recalled 20,000 jars of its baby food after glass was found in two of them, the company said on Tuesday.',
      'A parent in Tilby found the first shard on Saturday.',
      'Halvard announced the recall at 8 a.m., before shops opened.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-11', '2025-11-08', '2025-11-11']);
  });
});
