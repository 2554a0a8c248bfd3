// A range of days named without a year in a clause that tells no time of its own ("can walk round … between
// December 14 and 16") is the nearest such range, ahead or behind (written for this test).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const reference = { publishedAt: '2030-11-20T15:10:00+00:00', savedAt: '2030-11-20T15:10:00Z' };

function rangesOf(text: string) {
  return extractEvents(text, reference).map((event) => [event.date, event.endDate, event.background ?? false]);
}

describe('a range of days told with no tense', () => {
  it('is the coming one when it is weeks ahead, not last year’s, and no background', () => {
    expect(rangesOf('The public can walk round the casting floor between December 14 and 16.')).toEqual([
      ['2030-12-14', '2030-12-16', false],
    ]);
  });

  it('is still the one gone when the clause tells it in the past', () => {
    expect(rangesOf('Visitors walked round the casting floor between December 14 and 16.')).toEqual([
      ['2029-12-14', '2029-12-16', true],
    ]);
  });
});
