// A year the subject is "of", told in an aside naming what kind of thing it is ("The Kelby signal box, a timber cabin
// of 1887, burned down"), is the thing's age, as "newspapers from 1931" is: no event. A happening of that year told so
// ("the site of the great flood of 1953") stays one. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

const dates = (text: string) => extractEvents(text, WEDNESDAY).map((event) => event.date);

describe('the age of a thing told in an aside', () => {
  it('dates the deed, not the year the thing is of', () => {
    expect(dates('The Kelby signal box, a timber cabin of 1887, burned down on Sunday.')).toEqual(['2027-02-14']);
  });

  it('does so before a verb looking forward', () => {
    expect(dates('The Marsh Street school, a red-brick block of 1902, will close in July.')).toEqual(['2027-07']);
  });

  it('keeps a happening of that year', () => {
    expect(dates('The Wenlow estate, the site of the great flood of 1953, was sold on Monday.')).toEqual([
      '1953',
      '2027-02-15',
    ]);
  });
});
