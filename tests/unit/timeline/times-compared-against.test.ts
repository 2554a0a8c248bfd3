// A time that a comparative measures against ("earlier than last year", "busier than in 2031", "colder than on
// Monday") is the far side of a comparison, not a happening of its own; "no later than" sets a limit and still counts.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = { publishedAt: '2029-09-13T10:00:00+01:00', savedAt: '2029-09-13T10:00:00Z' };

function datesOf(text: string): string[] {
  return extractEvents(text, PUBLISHED)
    .map((event) => event.date)
    .sort();
}

describe('a time a comparison measures against', () => {
  it('is no event after a comparative and "than"', () => {
    expect(datesOf('The cider harvest at Brockhurst began on Monday, ten days earlier than last year.')).toEqual([
      '2029-09-10',
    ]);
    expect(datesOf('The beach car park was busier on Saturday than in 2026, wardens said.')).toEqual(['2029-09-08']);
  });

  it('still counts a limit told with "no later than"', () => {
    expect(datesOf('Objections must reach the council no later than Friday.')).toEqual(['2029-09-14']);
  });
});
