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

describe('a word in -est before "since" that is no superlative', () => {
  it('compares nothing: the year after it is still told', () => {
    expect(
      datesOf('Two of the wells were capped in 2024, and parents have wanted covers over the rest since 2025.'),
    ).toEqual(['2024', '2025']);
    expect(datesOf('Wardens have looked after the forest since 2011.')).toEqual(['2011']);
  });

  it('still leaves out the far side of a superlative', () => {
    expect(datesOf('It was the driest August since 2011, and the best harvest since 2003.')).toEqual([]);
  });
});
