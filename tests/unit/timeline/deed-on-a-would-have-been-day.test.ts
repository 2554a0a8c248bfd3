// A deed done "on what would have been his 70th birthday on Monday" is dated by that day, behind or ahead by the main
// verb's tense: "would have been" tells what might have been, no time to come (counterfactual-days.ts, tense.ts).
// Written for this test; published Thursday 6 November 2031.
import { expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-06T20:00:00+00:00');

it('dates a past deed on what would have been a birthday to the day gone by', () => {
  expect(dates('Fans laid flowers at the stadium on what would have been his 70th birthday on Monday.')).toEqual([
    'Monday 2031-11-03',
  ]);
  expect(dates('A bench was unveiled on what would have been the poet’s 90th birthday on Tuesday.')).toEqual([
    'Tuesday 2031-11-04',
  ]);
});

it('dates a deed still to be done on what would have been an anniversary to the coming day', () => {
  expect(
    dates('The couple’s children will plant a tree on what would have been their 50th anniversary on Monday.'),
  ).toEqual(['Monday 2031-11-10']);
});

it('still reads "would have to" as looking ahead, and a bare would-have-been day as no event', () => {
  expect(dates('The council said the budget would have to be agreed by Friday.')).toEqual(['Friday 2031-11-07']);
  expect(dates('His daughter said Monday would have been his 70th birthday.')).toEqual([]);
});
