// "The fair will be held on the first Monday of February", told in February after that Monday has gone, is next
// February's; told in the past tense, or before the day, it is this month's. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 17 February 2027: the first Monday of February (the 1st) has gone, the last Monday (the 22nd) has not.
const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };
const datesOf = (text: string) => extractEvents(text, WEDNESDAY).map((event) => event.date);

describe('a weekday counted in the month the page is in', () => {
  it('is next year’s when it is ahead and the day has gone', () => {
    expect(datesOf('The Brill horse fair will be held on the first Monday of February.')).toEqual(['2028-02-07']);
  });

  it('is this month’s when it is ahead and still to come, or told in the past', () => {
    expect(datesOf('The Brill horse fair will be held on the last Monday of February.')).toEqual(['2027-02-22']);
    expect(datesOf('The Brill horse fair was held on the first Monday of February.')).toEqual(['2027-02-01']);
  });
});
