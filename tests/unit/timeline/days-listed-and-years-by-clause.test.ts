// Days of one month listed with the month written once ("on 6 and 7 September"), a day or month in the year of a
// happening the sentence opens with ("Last year's show ran on 5 May"), and a period told beside a day something was
// said, which is another time, not its exact form.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('days listed with their month written once', () => {
  it('dates each day of "on 6 and 7 September"', () => {
    const text = 'Lifeguards closed the beach on 6 and 7 September because of jellyfish.';
    expect(datesOf(text, 'Lifeguards')).toEqual(['2026-09-06', '2026-09-07']);
  });

  it('dates each day of "on September 1, 2 and 4," with the month first', () => {
    const text = 'Buses were cancelled on September 1, 2 and 4, the operator said.';
    expect(datesOf(text, 'Buses were cancelled')).toEqual(['2026-09-01', '2026-09-02', '2026-09-04']);
  });

  it('keeps "between 6 and 9 September" one range and a count after a day no day', () => {
    expect(datesOf('The fair was held between 6 and 9 September in the park.', 'The fair')).toEqual(['2026-09-06']);
    expect(datesOf('On September 3 and 40 more people signed the petition.', 'On September')).toEqual(['2026-09-03']);
  });
});

describe('the year of the happening a sentence opens with', () => {
  it('puts the days of next year’s show in next year', () => {
    const text = "Next year's show will be held from 14 to 16 November at the county ground.";
    const events = datesOf(text, "Next year's show");
    expect(events).toEqual(['2027-11-14']);
  });

  it('puts the day of last year’s race in last year', () => {
    expect(datesOf("Last year's regatta was run on 12 July in calm water.", "Last year's")).toEqual(['2025-07-12']);
  });
});

describe('a period beside the day it was told on', () => {
  it('keeps "this year" beside the day a forecast was said', () => {
    const text = 'Rents in Carlow will rise by 5 per cent this year, the housing agency said on Monday.';
    expect(datesOf(text, 'Rents in Carlow')).toEqual(['2026', '2026-10-12']);
  });

  it('still drops a loose week beside the exact days of the same time', () => {
    const text = "Last week's gales, which blew from 6 to 8 October, felled 300 trees.";
    expect(datesOf(text, "Last week's gales")).toEqual(['2026-10-06']);
  });
});
