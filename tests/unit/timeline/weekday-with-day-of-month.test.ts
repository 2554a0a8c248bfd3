// A weekday told with its day of the month and no month ("on Monday the 8th") names the one such day near the page,
// not the nearest Monday. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Monday 15 March 2027, a week after Monday the 8th.
const MONDAY = { publishedAt: '2027-03-15T10:00:00+00:00', savedAt: '2027-03-15T12:00:00Z' };
const datesOf = (text: string) => extractEvents(text, MONDAY).map((event) => event.date);
const wordsOf = (text: string) =>
  extractEvents(text, MONDAY).map((event) => text.slice(event.dateStart, event.dateEnd));

describe('a weekday with its day of the month', () => {
  it('is that day, a week back, not the page’s own Monday', () => {
    expect(datesOf('On Monday the 8th the parish council shut the footbridge over the Wendle.')).toEqual([
      '2027-03-08',
    ]);
    expect(wordsOf('On Monday the 8th the parish council shut the footbridge over the Wendle.')).toEqual([
      'Monday the 8th',
    ]);
  });

  it('is the coming one when the sentence looks ahead', () => {
    expect(datesOf('The footbridge will reopen on Monday, the 12th.')).toEqual(['2027-04-12']);
  });

  it('is in the month before when that is where the weekday falls', () => {
    // Sunday 28 February 2027; the 28th of March is a Sunday too, but it lies ahead of a sentence told in the past.
    expect(datesOf('Volunteers cleared the towpath on Sunday the 28th.')).toEqual(['2027-02-28']);
  });

  it('leaves a weekday before an ordinal of something else as the weekday', () => {
    expect(datesOf('On Monday, the 1st day of the strike, pickets shut the depot.')).toEqual(['2027-03-15']);
    expect(datesOf('On Friday the 5th ward council voted to close the footbridge.')).toEqual(['2027-03-12']);
  });

  it('leaves a plain weekday and a day of the month told alone as they were', () => {
    expect(datesOf('The parish council shut the footbridge on Thursday.')).toEqual(['2027-03-11']);
    expect(datesOf('The parish council shut the footbridge on the 9th.')).toEqual(['2027-03-09']);
  });
});
