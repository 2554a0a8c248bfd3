// A short sentence whose subject and verb are all its words besides a span of weekdays ("Talks ran from Monday to
// Wednesday.") reports a happening over those days, back or ahead by its tense; a line that is only a date, or page
// furniture before one, still reports nothing. Written for this test; published Thursday 6 November 2031.
import { expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-06T20:00:00+00:00');

it('reads a short past sentence over a span of weekdays as one event, behind', () => {
  expect(dates('Talks ran from Monday to Wednesday.')).toEqual(['from Monday to Wednesday 2031-11-03/2031-11-05']);
  expect(dates('Hearings lasted between Monday and Wednesday.')).toEqual([
    'between Monday and Wednesday 2031-11-03/2031-11-05',
  ]);
});

it('reads the same span ahead when the sentence looks forward', () => {
  expect(dates('Talks will run from Monday to Wednesday.')).toEqual(['from Monday to Wednesday 2031-11-10/2031-11-12']);
});

it('still reads no event in page furniture or a bare date', () => {
  expect(dates('Last updated Monday.')).toEqual([]);
  expect(dates('Monday to Wednesday.')).toEqual([]);
});
