// A weekday told with its week ("from Tuesday to Friday last week", "on Friday next week") is that day of that week,
// not the nearest such day; and it is one event with the week it names. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

const spans = (text: string) =>
  extractEvents(text, WEDNESDAY).map((event) => `${event.date}${event.endDate ? `..${event.endDate}` : ''}`);

describe('a weekday in a week it names', () => {
  it('reads a span of weekdays in last week', () => {
    expect(spans('The Delphin pool was closed from Tuesday to Friday last week for repairs.')).toEqual([
      '2027-02-09..2027-02-12',
    ]);
  });

  it('reads a weekday in next week', () => {
    expect(spans('The inquest resumes on Friday next week in Casby.')).toEqual(['2027-02-26']);
  });

  it('reads a weekday of this week', () => {
    expect(spans('Divers searched the harbour on Monday this week.')).toEqual(['2027-02-15']);
  });

  it('leaves a weekday before a week’s happening to its own reading', () => {
    expect(spans('The verdict came on Monday, last week’s hearing having overrun.')).toEqual([
      '2027-02-15',
      '2027-02-08..2027-02-14',
    ]);
  });
});
