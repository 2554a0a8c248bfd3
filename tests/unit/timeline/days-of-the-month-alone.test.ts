// A day of the month told alone ("on the 23rd", "by the 20th") is in the month before, of or after publication that
// the clause's tense allows, nearest first; "the 5th floor" is no day. What closes or finishes on a weekday, told in
// the present, is to come. Written for this test; the outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('days of the month told alone', () => {
  it('reads a day to come in this month or the next', () => {
    expect(datesOf('The funeral will take place at St Anne’s on the 23rd.', 'The funeral')).toEqual(['2026-10-23']);
    expect(datesOf('The new timetable will start on the 2nd.', 'The new timetable')).toEqual(['2026-11-02']);
  });

  it('reads a day gone in this month or the last', () => {
    expect(datesOf('The pumps failed on the 3rd and were fixed on the 9th.', 'The pumps')).toEqual([
      '2026-10-03',
      '2026-10-09',
    ]);
    expect(datesOf('The valve was replaced on the 28th, engineers said.', 'The valve')).toEqual(['2026-09-28']);
  });

  it('reads no day in a floor or a year of something', () => {
    expect(datesOf('The fire started on the 5th floor on Monday.', 'The fire')).toEqual(['2026-10-12']);
  });

  it('reads what closes or finishes on a weekday, told in the present, as to come', () => {
    expect(datesOf('The consultation on the bypass closes on Friday.', 'The consultation')).toEqual(['2026-10-16']);
  });
});
