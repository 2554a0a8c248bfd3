// A count told after a day long gone ("The court heard his van struck her on 14 March. She died two days later.") is
// from that day, not from the story's news; a count of years after several past years told in a row is from the last
// ("Born in 1948, …, graduating in 1970. She joined … two years later."); a year naming honours given ("the 1994 New
// Year Honours") is a past happening's; "the year before" counts a year back from the time just told. Written for this test; published Wednesday 3 December 2036.
import { describe, expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2036-12-03T13:40:00+00:00');

describe('counts from the time last told', () => {
  it('counts from a day long gone told in full, not from the news before it', () => {
    expect(
      dates(
        'Tom Pye, 29, was sentenced at Orrel Crown Court yesterday. The court heard his van struck Ada Bell on 14 March. Ms Bell, a 41-year-old nurse, died in hospital two days later.',
      ),
    ).toEqual(['yesterday 2036-12-02', 'on 14 March 2036-03-14', 'two days later 2036-03-16']);
    expect(
      dates(
        'Tom Pye was fined at Drum Court on Tuesday.\n\nThe court heard that a tank wall gave way on the night of 3 June last year. Dead fish were found along the brook the following morning.',
      ),
    ).toEqual(['Tuesday 2036-12-02', '3 June last year 2035-06-03', 'the following morning 2035-06-04']);
  });

  it('counts years on from the last of several past years told in a row', () => {
    expect(
      dates(
        'Born in Lisk in 1948, she took a degree at Orm, graduating in 1970. She joined the county office two years later.',
      ),
    ).toEqual(['1948 1948', '1970 1970', 'two years later 1972']);
  });
});

describe('"the year before" and "the month before"', () => {
  it('counts a whole year or month back from the time just told', () => {
    expect(dates('Pym was first elected in 2024 after the death of Sheriff Ward the year before.')).toEqual([
      '2024 2024',
      'the year before 2023',
    ]);
    expect(dates('The mill shut in May 2030, and the bakery closed the month before.')).toEqual([
      'in May 2030 2030-05',
      'the month before 2030-04',
    ]);
  });
});

describe('a year naming honours', () => {
  it('is a past happening', () => {
    expect(dates('She was appointed MBE in the 1994 New Year Honours.')).toEqual(['1994 1994']);
  });
});
