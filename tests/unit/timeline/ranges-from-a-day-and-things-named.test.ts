// A span of weekdays told "from" its first day is a start ("The ban runs from Friday until Saturday night"), ahead
// unless the clause tells a deed done; a year a thing is named for as its subject ("rents for next year are due by 1
// November") dates nothing beside the sentence's own date; "my last Christmas card" is a card, not a Christmas.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

describe('a span of weekdays told from its first day', () => {
  const dates = datesTold('2036-11-04T23:58:00-06:00');

  it('is ahead when the clause tells what is in force', () => {
    expect(dates('The ban runs from Friday until Saturday night.')).toEqual([
      'from Friday until Saturday 2036-11-07/2036-11-08',
    ]);
    expect(dates('A total fire ban has been declared for the district from Friday until Saturday night.')).toEqual([
      'from Friday until Saturday 2036-11-07/2036-11-08',
    ]);
  });

  it('is behind when the clause tells a deed done', () => {
    expect(dates('Roads were closed from Monday until Wednesday.')).toEqual([
      'from Monday until Wednesday 2036-11-03/2036-11-05',
    ]);
  });
});

describe('times that only name a thing', () => {
  const dates = datesTold('2036-09-17T20:30:00+01:00');

  it('leaves out a year a subject is named for beside a date of its own', () => {
    expect(
      dates('The troughs will be turned off in October, and rents for next year (£42 a plot) are due by 1 November.'),
    ).toEqual(['in October 2036-10', '1 November 2036-11-01']);
    expect(dates('The fair is planned for next year.')).toEqual(['next year 2037']);
  });

  it('reads "my last Christmas card" as a card', () => {
    expect(dates('I sent my last Christmas card in 2031.')).toEqual(['2031 2031']);
  });
});
