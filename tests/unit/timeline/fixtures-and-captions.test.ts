// A side's fixture told in the present looks ahead ("Hallam host Orrin on Tuesday"), but a caption telling a past day
// in the present names a place or a thing, not another side ("Police visit the flats on Saturday"), and stays behind.
// Written for this test; published Thursday 6 November 2031.
import { expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-06T20:00:00+00:00');

it('reads a caption told in the present of a day gone by as behind', () => {
  expect(dates('Police visit the flats on Saturday after the fire.')).toEqual(['Saturday 2031-11-01']);
  expect(dates('Hospital staff face the flood on Tuesday at the ward.')).toEqual(['Tuesday 2031-11-04']);
});

it('still reads a fixture against another side as ahead', () => {
  expect(dates('Wexley travel to Dunmore on Saturday.')).toEqual(['Saturday 2031-11-08']);
  expect(dates('Rovers take on Athletic on Tuesday.')).toEqual(['Tuesday 2031-11-11']);
  expect(dates('Kettleford play at home to Brisk Town on Monday.')).toEqual(['Monday 2031-11-10']);
});
