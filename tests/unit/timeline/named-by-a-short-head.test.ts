// An event named by the short word a compound ends with ("the slip" of "a landslip", "the quake" of "an earthquake"), and a
// happening set for a day told in the present after a plural subject with a phrase of its own ("Tickets for the final
// go on sale on Friday").
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('an event named by the end of its compound', () => {
  it('counts "three days after the slip" from the landslip’s day, not the day told just before', () => {
    const text = [
      'A landslip blocked the railway at Tarrow on 2 October.',
      'Engineers surveyed the cutting the following day.',
      'Three days after the slip, the first freight train got through.',
    ].join(' ');
    expect(datesOf(text, 'Three days after the slip')).toEqual(['2026-10-05']);
  });
});

describe('a plural subject with a phrase of its own', () => {
  it('reads "Talks with the union resume on Monday" as the coming Monday', () => {
    expect(datesOf('Talks with the union resume on Monday at the guildhall.', 'Talks')).toEqual(['2026-10-19']);
  });

  it('keeps "Calls for the council to close it grew on Friday" in the past', () => {
    expect(datesOf('Calls for the council to close the baths grew on Friday.', 'Calls')).toEqual(['2026-10-09']);
  });
});
