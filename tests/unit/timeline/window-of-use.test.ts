// Days a ticket may be used on, or a traveller may travel on instead, are a window of use, not events; the deadline
// that closes one is an event, as the probes and gold count deadlines (window-of-use.ts). Written for this test;
// published Monday 10 November 2031.
import { expect, it } from 'vitest';
import { datesTold } from './dates-told.ts';

const dates = datesTold('2031-11-10T09:00:00+00:00');

it('reads no event in the days a ticket for a cancelled day may be used on instead', () => {
  expect(
    dates(
      'Ferry crews will stop work on Thursday. Tickets for Thursday are valid on the day before or the day after, or can be refunded.',
    ),
  ).toEqual(['Thursday 2031-11-13']);
});

it('reads no event in the days a traveller may travel on instead', () => {
  expect(dates('Customers booked on the cancelled trains may travel on Monday or Tuesday instead.')).toEqual([]);
  expect(dates('Passengers with a pass for Saturday can also use it on Sunday, the operator said.')).toEqual([]);
});

it('keeps the deadline that closes a window of use, ahead', () => {
  expect(dates('Refunds can be claimed until Friday, and tickets will be accepted until Sunday.')).toEqual([
    'Friday 2031-11-14',
    'Sunday 2031-11-16',
  ]);
});

it('still reads a journey someone made on a day', () => {
  expect(dates('The minister travelled to Brussels on Tuesday for talks.')).toEqual(['Tuesday 2031-11-04']);
});
