// A day in figures with its year is read the way its page writes days, as one without a year is: a page that writes
// "21/01/2027" (only a day first can read so) or "26/1" elsewhere reads "08/03/2027" as 8 March, not August 3; a page
// that writes "01/29/2027" keeps the month first. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

function datesOf(text: string, start: string): string[] {
  return extractEvents(text, WEDNESDAY)
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date)
    .sort();
}

describe('days in figures with a year, read by the page’s habit', () => {
  it('reads a sentence that writes one day first the day-first way throughout', () => {
    const text = 'The trust board’s minutes of 21/01/2027 record that the Elm ward will close on 08/03/2027.';
    expect(datesOf(text, 'The trust board')).toEqual(['2027-01-21', '2027-03-08']);
  });

  it('takes the habit from a figure without a year elsewhere on the page', () => {
    const text = 'Bids for the depot closed on 26/1. The new contract starts on 01/03/2027, the council said.';
    expect(datesOf(text, 'The new contract')).toEqual(['2027-03-01']);
  });

  it('still reads a month named before its day on a day-first page', () => {
    const text = 'The levy, set on 21/01/2027, was first proposed on January 14 and is due on March 31.';
    expect(datesOf(text, 'The levy')).toEqual(['2027-01-14', '2027-01-21', '2027-03-31']);
  });

  it('reads both ends of a span with years the page’s way round', () => {
    const text = 'Tenders closed on 26/1. The Elm ward will be shut from 4/3/2027 to 9/3/2027 while it is rewired.';
    const spans = extractEvents(text, WEDNESDAY)
      .filter((event) => text.slice(event.start, event.end).startsWith('The Elm ward'))
      .map((event) => `${event.date}..${event.endDate}`);
    expect(spans).toEqual(['2027-03-04..2027-03-09']);
  });

  it('keeps the month first on a page that writes it so', () => {
    const text = 'Notices mailed on 01/29/2027 told tenants the hearing had moved to 03/02/2027.';
    expect(datesOf(text, 'Notices mailed')).toEqual(['2027-01-29', '2027-03-02']);
  });
});
