// A year naming a past happening after whose it was ("the line's 2027 outbreak", "Britain's 2016 referendum") is
// background, as "a 2010 eruption" is (written for this test).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const reference = { publishedAt: '2030-11-17T09:30:00+00:00', savedAt: '2030-11-17T09:30:00Z' };

describe('a past happening told with its owner', () => {
  it('is a background event of its year', () => {
    const events = extractEvents(
      'Tavner Lines’ rival had its own scare: Corvel Cruises’ 2027 outbreak forced two cancellations.',
      reference,
    );
    expect(events.map((event) => [event.date, event.background])).toEqual([['2027', true]]);
    const referendum = extractEvents("Britain's 2016 referendum split the port town.", reference);
    expect(referendum.map((event) => [event.date, event.background])).toEqual([['2016', true]]);
  });

  it('is none when the year names no happening: "the company’s 2027 figures"', () => {
    expect(extractEvents("The company's 2027 figures were poor.", reference)).toEqual([]);
  });
});
