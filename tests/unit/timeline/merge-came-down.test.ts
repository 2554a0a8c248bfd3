// A structure that "came down" collapsed, as one that "fell" or "gave way" did, even when an aside between commas
// stands between it and the verb ("The roof of the hall, a Victorian music venue, came down"); a fall only feared
// ("whether more of the ceiling might fall") is none. Written for this test; the outlets publish on Wednesday
// 14 October 2026.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a structure that came down', () => {
  it('tells a collapse past an aside before the verb', () => {
    const told =
      'The roof of the Alder Hall, a Victorian music venue on Quay Street, came down in a storm early on Monday.';
    expect(reportAt(told, 'early on Monday').clear.has('collapse')).toBe(true);
  });

  it('tells none when the fall is only feared', () => {
    const feared = 'Surveyors will check on Monday whether more of the ceiling might fall.';
    expect(reportAt(feared, 'on Monday').clear.has('collapse')).toBe(false);
  });

  it('joins the roof that came down with another outlet’s roof that collapsed', () => {
    const entries = merged(
      'The roof of the Alder Hall, a Victorian music venue on Quay Street, came down in a storm early on Monday.',
      'The Alder Hall’s roof collapsed onto the empty stalls in the early hours of Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
