// "By midnight" after a day's happening is the end of that day, as "shortly before midnight" is; and a count told
// after a time ("A day later more than 3,000 homes …") compares amounts, not the time, which still counts. Written
// for this test; the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('times told from the day before them', () => {
  it('reads "by midnight" as the end of the day just told', () => {
    const text =
      'Floodwater entered the Mill Lane houses at 9pm on Tuesday. By midnight, forty people had been taken to the leisure centre.';
    expect(datesOf(text, 'By midnight')).toEqual(['2026-10-13']);
  });

  it('reads no day in hours kept until midnight', () => {
    const text = 'The pier reopened on Monday. Its lamps will burn every night from dusk until midnight.';
    expect(datesOf(text, 'Its lamps')).toEqual([]);
  });

  it('keeps a time followed by a count of more than some number', () => {
    const text =
      'The gale brought down the Tarrant mast on Monday. A day later more than 3,000 homes were still without a signal.';
    expect(datesOf(text, 'A day later')).toEqual(['2026-10-13']);
  });

  it('still reads a time compared with another as no time', () => {
    const text = 'The gale brought down the Tarrant mast on Monday. Repairs began two weeks earlier than planned.';
    expect(datesOf(text, 'Repairs began')).toEqual([]);
  });
});
