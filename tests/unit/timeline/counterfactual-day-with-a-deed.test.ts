// A day told as what it would have been is no event on its own ("Thursday would have been Ada's birthday",
// counterfactual-days.ts), but a sentence that goes on to tell what someone did that day is dated by it. Written for this test;
// published Thursday 6 November 2031.
import { expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-06T20:00:00+00:00');

it('dates a deed done on a day told as what it would have been', () => {
  expect(
    dates('Tuesday would have been their 40th anniversary, and her family released lanterns over the bay.'),
  ).toEqual(['Tuesday 2031-11-04']);
});

it('still reads no event in a would-have-been day that is all a sentence tells', () => {
  expect(dates('Her sister said Tuesday would have been Ada’s birthday.')).toEqual([]);
});
