// A weekday written before a day in figures ("on Wednesday, 5/12", "on Thursday 6/5") names one day with it: the
// figures say which week, and the weekday says which way round the figures read when the page shows no habit.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

function datesOf(text: string, start: string, publishedAt: string): string[] {
  return extractEvents(text, { publishedAt, savedAt: publishedAt })
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date)
    .sort();
}

describe('a weekday beside a day in figures', () => {
  it('takes the week from the figures, not the latest such weekday', () => {
    const text = 'The allotment society met on Wednesday, 5/12, to agree the new rents.';
    expect(datesOf(text, 'The allotment society', '2027-05-21T10:00:00-04:00')).toEqual(['2027-05-12']);
  });

  it('reads the figures the way round that falls on the weekday', () => {
    const text = 'The lido shut on Thursday 6/5 after a pump failed, and has stayed shut.';
    expect(datesOf(text, 'The lido shut', '2027-06-08T09:00:00+01:00')).toEqual(['2027-05-06']);
  });
});
