import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a relative clause telling who is meant', () => {
  it('leaves "can apply from Monday" ahead after "tenants who were out of their homes"', () => {
    expect(
      dated('Tenants who were out of their homes for more than a week can apply for a grant from Monday.'),
    ).toEqual(['2025-11-17']);
  });

  it('leaves "until Friday" ahead after "drivers that had a permit"', () => {
    expect(dated('Drivers that had a permit for the old car park may use the new one free until Friday.')).toEqual([
      '2025-11-14',
    ]);
  });

  it('keeps "That was until Monday" behind: a pronoun opening the sentence is no relative', () => {
    expect(dated('That was until Monday.')).toEqual(['2025-11-10']);
  });
});
