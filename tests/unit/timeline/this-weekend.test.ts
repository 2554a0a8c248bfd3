import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Written for this test; published on Thursday 10 June 2032.
const THURSDAY = { publishedAt: '2032-06-10T08:00:00+01:00', savedAt: '2032-06-10T08:00:00+01:00' };
const dates = (text: string) => extractEvents(text, THURSDAY).map((event) => [event.date, event.endDate]);

describe('"this weekend" told on a weekday', () => {
  it('is the weekend ahead when the clause tells no past', () => {
    expect(dates('Helpers are needed to sort donations at the church hall this weekend.')).toEqual([
      ['2032-06-12', '2032-06-13'],
    ]);
  });

  it('is the weekend gone when the clause tells of the past', () => {
    expect(dates('Hundreds of helpers sorted donations at the church hall this weekend.')).toEqual([
      ['2032-06-05', '2032-06-06'],
    ]);
  });
});

describe('"for the weekend"', () => {
  it('is how long something lasted, no weekend of its own', () => {
    expect(dates('The caretaker restarted the pumps after they were switched off for the weekend.')).toEqual([]);
    expect(dates('The caretaker restarted the pumps last weekend.')).toEqual([['2032-06-05', '2032-06-06']]);
  });
});
