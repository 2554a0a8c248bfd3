// A count from a happening whose day is told as its owner ("the night before Friday's fire", "two days after Monday's
// vote") counts from that day, beside the day itself (written for this test; the outlet publishes on Wednesday 14
// October 2026).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a count from a happening owned by its day', () => {
  it('dates "the night before Friday’s fire" to Thursday', () => {
    const text = 'Police were called to the Brindle Road warehouse the night before Friday’s fire and found it locked.';
    expect(datesOf(text, 'Police were called')).toEqual(['2026-10-08', '2026-10-09']);
  });

  it('dates "two days after Saturday\'s vote" to Monday', () => {
    const text = "The union's leaders met the port's owners two days after Saturday's vote.";
    expect(datesOf(text, "The union's")).toEqual(['2026-10-10', '2026-10-12']);
  });
});
