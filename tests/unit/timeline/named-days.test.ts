// Days named for a feast, a remembrance or a custom move from year to year; each is its real day in the year the
// sentence means, never the weekday in its name (named-days.ts). Written for this test; published Wednesday 12
// November 2031 (Easter 2031 fell on 13 April, Easter 2032 falls on 28 March).
import { expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-12T09:00:00+00:00');

it('reads a named Sunday as its day this year, not last Sunday', () => {
  expect(dates('Veterans laid wreaths at the cenotaph on Remembrance Sunday.')).toEqual([
    'Remembrance Sunday 2031-11-09',
  ]);
  expect(dates('The bishop led a procession through the square on Palm Sunday.')).toEqual(['Palm Sunday 2031-04-06']);
});

it('reads feasts of Easter behind or ahead by the tense', () => {
  expect(dates('The march on Good Friday drew 2,000 people.')).toEqual(['Good Friday 2031-04-11']);
  expect(dates('Ferries will run a full timetable on Easter Monday.')).toEqual(['Easter Monday 2032-03-29']);
  expect(dates('The pier reopened on Easter Monday 2029.')).toEqual(['Easter Monday 2029 2029-04-02']);
});

it('reads Thanksgiving, Black Friday and Super Bowl Sunday as their days', () => {
  expect(dates('Relatives will gather on Thanksgiving.')).toEqual(['Thanksgiving 2031-11-27']);
  expect(dates('Stores reported record takings on Black Friday.')).toEqual(['Black Friday 2030-11-29']);
  expect(dates('Bars in the city will open early on Super Bowl Sunday.')).toEqual(['Super Bowl Sunday 2032-02-08']);
});

it('reads a name told as falling on a day as the coming one', () => {
  expect(dates('Easter Sunday, which falls early, has filled the holiday lets.')).toEqual(['Easter Sunday 2032-03-28']);
});

it('reads no day, nor a bare weekday, in a name that tells a kind of thing', () => {
  expect(dates('Black Friday deals drew long queues, the retailer said.')).toEqual([]);
  expect(dates('The Good Friday Agreement was a turning point, she said.')).toEqual([]);
});

it('reads no holiday in a lower-case word, and keeps a name with an apostrophe', () => {
  expect(dates('The mayor declared a day of thanksgiving.')).toEqual([]);
  expect(dates('Garden centres opened early on Father’s Day.')).toEqual(['Father’s Day 2031-06-15']);
});
