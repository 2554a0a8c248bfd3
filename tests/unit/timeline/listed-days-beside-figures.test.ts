// Days of one month listed with the month once ("on March 3 and 4,") end their list at a comma or full stop; a number
// that goes on past it ("4,000 workers", "4.5 million") is a figure, no day. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a list of days beside a figure', () => {
  it('takes no day from "and 4,000" or "and 2.5 million" after a day', () => {
    expect(datesOf('The mill closed on October 3 and 4,000 jobs went with it.', 'The mill')).toEqual(['2026-10-03']);
    expect(datesOf('The tanker ran aground on October 5 and 2.5 million litres leaked.', 'The tanker')).toEqual([
      '2026-10-05',
    ]);
  });

  it('takes no day from the end of a larger number before a day', () => {
    expect(datesOf('Crowds reached 1,215 and 9 October was the busiest day.', 'Crowds')).toEqual(['2026-10-09']);
  });

  it('still lists "on October 3 and 4," and "on 6 and 7 October."', () => {
    expect(datesOf('Ferries were cancelled on October 3 and 4, the operator said.', 'Ferries')).toEqual([
      '2026-10-03',
      '2026-10-04',
    ]);
    expect(datesOf('The lanes were shut on 6 and 7 October.', 'The lanes')).toEqual(['2026-10-06', '2026-10-07']);
  });
});

describe('a listed day its month does not hold', () => {
  it('is no day ("April 30 and 31")', () => {
    expect(datesOf('Stalls were booked on April 30 and 31, the organisers said.', 'Stalls')).toEqual(['2026-04-30']);
  });
});
