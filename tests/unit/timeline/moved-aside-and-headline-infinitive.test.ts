// A time a thing was moved to, told in an aside whose main clause tells the thing done ("The match, which was postponed
// to Tuesday, ended in a draw"), is behind the page; a move told on its own ("slipped to Tuesday after …") still looks
// ahead. A headline's infinitive ("Rail strike to start on Friday") tells what is to come. Written for this test;
// published Thursday 6 November 2031.
import { describe, expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-06T20:00:00-05:00');

describe('a time moved to in an aside', () => {
  it('is behind the page when the main clause tells the thing done', () => {
    expect(dates('The match, which was postponed to Tuesday, ended in a draw.')).toEqual(['Tuesday 2031-11-04']);
    expect(dates('The final, which had been put back to Monday, was won by Carrow.')).toEqual(['Monday 2031-11-03']);
    expect(dates('The game, postponed to Saturday, finished 1-1.')).toEqual(['Saturday 2031-11-01']);
  });

  it('still looks ahead when the main clause does, or when the move stands alone', () => {
    expect(dates('The vote, which was delayed to Monday, will now be held in public.')).toEqual(['Monday 2031-11-10']);
    expect(dates('The launch slipped to Tuesday after engineers found a fault.')).toEqual(['Tuesday 2031-11-11']);
  });
});

describe("a headline's infinitive", () => {
  it('tells what is to come', () => {
    expect(dates('Rail strike to start on Friday')).toEqual(['Friday 2031-11-07']);
    expect(dates('Heatwave to peak on Saturday as fire ban declared')).toEqual(['Saturday 2031-11-08']);
  });

  it('leaves a headline telling a deed done in the past', () => {
    expect(dates('Tributes paid to man killed on Friday')).toEqual(['Friday 2031-10-31']);
  });
});
