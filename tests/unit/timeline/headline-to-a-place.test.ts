// A headline tells a deed done in the present tense ("Thousands march to parliament on Sunday"): "to" before a place
// is where the deed went, not the infinitive of what is to come ("Rail strike to start on Friday",
// headline-infinitive.ts), so the day is the one just gone. Written for this test; published Thursday 6 November 2031.
import { expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-06T20:00:00-05:00');

it('reads a headline’s "to" before a place as where a deed went, the day behind the page', () => {
  expect(dates('Thousands march to parliament on Sunday')).toEqual(['Sunday 2031-11-02']);
  expect(dates('Fans flock to stadium on Sunday')).toEqual(['Sunday 2031-11-02']);
  expect(dates('Shoppers flock to sales on Monday')).toEqual(['Monday 2031-11-03']);
});

it('still reads a headline’s infinitive as what is to come', () => {
  expect(dates('Pilots to strike on Monday')).toEqual(['Monday 2031-11-10']);
  expect(dates('Teachers to walk out on Monday')).toEqual(['Monday 2031-11-10']);
});
