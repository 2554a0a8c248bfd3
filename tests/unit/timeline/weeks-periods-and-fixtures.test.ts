// Fresh sentences for a fifth batch's whole-article genres: a reporting period told day first ("the six months to 30
// September"), a period referred to as the nearest one told ("in the quarter" after "the first quarter of 2031"), a
// week named by its first day ("the week of April 6"), a day told as what it would have been (no event), a side's
// fixture told in the present ("City travel to Brisk on Saturday"), a weekend told by its weather or forecast for, and
// a state's start "since" a month. Written for this test; published Thursday 6 November 2031 unless said.
import { describe, expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-06T20:00:00+00:00');

describe('reporting periods', () => {
  it('reads a period whose last day is told before its month', () => {
    expect(dates('Profits rose 8% in the six months to 30 September.')).toEqual([
      'six months to 30 September 2031-04/2031-09',
    ]);
  });

  it('refers "in the quarter" to the nearest quarter told, not the first period of the article', () => {
    const text =
      'Harlow Homes said revenue rose 6% in the three months to September. In the first quarter of 2031, margins fell to 9%. Staff numbers grew by 40 in the quarter.';
    expect(dates(text)).toEqual([
      'three months to September 2031-07/2031-09',
      'the first quarter of 2031 2031-01/2031-03',
      'the quarter 2031-01/2031-03',
    ]);
  });
});

describe('weeks and weekends', () => {
  it('reads "the week of" a day as the seven days from it', () => {
    expect(dates('A state inspection is scheduled for the week of April 6.')).toEqual([
      'week of April 6 2032-04-06/2032-04-12',
    ]);
    expect(dates('Inspections are planned for the week beginning 12 January.')).toEqual([
      'week beginning 12 January 2032-01-12/2032-01-18',
    ]);
  });

  it('reads a weekend told by its weather, or forecast for, as the coming one', () => {
    expect(dates('Forecasters expect a dry weekend across the valley.')).toEqual([
      'a dry weekend 2031-11-08/2031-11-09',
    ]);
    expect(dates('Strong winds are forecast for the weekend.')).toEqual(['the weekend 2031-11-08/2031-11-09']);
  });

  it('leaves a weekend described in the past, and one stayed through, alone', () => {
    expect(dates('It was a wet weekend in Brisk.')).toEqual([]);
    expect(dates('The shop shut for the weekend.')).toEqual([]);
  });
});

describe('days and months by what the clause tells', () => {
  it('reads no event in a day told as what it would have been', () => {
    expect(dates('Her brother said: "Thursday would have been Ada\'s birthday."')).toEqual([]);
    expect(dates('Friends met on Saturday, on what would have been his 60th birthday.')).toEqual([
      'Saturday 2031-11-01',
    ]);
  });

  it("reads a side's fixture told in the present as ahead", () => {
    expect(dates('City travel to Brisk on Saturday.')).toEqual(['Saturday 2031-11-08']);
    expect(dates('Hallam host Orrin on Tuesday.')).toEqual(['Tuesday 2031-11-11']);
  });

  it('reads a month a state has run "since" as behind, whatever else the sentence looks ahead to', () => {
    const inJune = datesTold('2037-06-14T05:00:00-04:00');
    expect(inJune('The fair opens next Sunday, and stalls have been selling tickets since April.')).toEqual([
      'next Sunday 2037-06-21',
      'since April 2037-04',
    ]);
  });
});
