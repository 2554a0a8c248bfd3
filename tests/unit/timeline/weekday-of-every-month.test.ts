// A weekday counted in every month ("on the second Monday of each month") is a routine, not a date; one counted in a
// named month ("the first Monday of February") is that day. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

describe('a weekday of every month', () => {
  it('dates no meeting held on it', () => {
    expect(extractEvents('The Casby parish council meets on the second Monday of each month.', WEDNESDAY)).toEqual([]);
  });

  it('dates no collection made on it', () => {
    expect(extractEvents('Garden waste is collected on the last Friday of every month.', WEDNESDAY)).toEqual([]);
  });

  it('dates a weekday counted in one month', () => {
    const events = extractEvents('The council met on the first Monday of February to set the rate.', WEDNESDAY);
    expect(events.map((event) => event.date)).toEqual(['2027-02-01']);
  });
});
