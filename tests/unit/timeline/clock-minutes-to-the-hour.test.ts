// Minutes to an hour in words ("at twenty to seven") are a time when a time's preposition comes before them, and match
// the same moment in figures ("06:40") another outlet gives; a range of numbers ("five to six metres") is none.
import { describe, expect, it } from 'vitest';
import { clockOf, clockTimesIn } from '../../../electron/core/timeline/dates/clock-times.ts';
import { evidenceOf, sameClockTime } from '../../../electron/core/timeline/merging/merge-evidence.ts';

describe('minutes to the hour in words', () => {
  it('reads "at ten to five" as a time', () => {
    // "on Friday evening" right after it tells its half of the day (clock-half-by-the-part-of-day.test.ts).
    expect(clockOf('The ferry finally docked at ten to five on Friday evening.')?.minutes).toBe(16 * 60 + 50);
    expect(clockOf('Climbers were off the ridge by twenty-five to eight.')?.minutes).toBe(7 * 60 + 35);
  });

  it('is the same moment as its figures', () => {
    const words = evidenceOf('The last walkers were led off the fell at twenty to nine that morning.');
    const figures = evidenceOf('The final group reached the valley at 08:40.');
    expect(sameClockTime(words, figures)).toBe(true);
  });

  it('reads a range of numbers as no time', () => {
    expect(clockTimesIn('Drifts of five to six metres closed the pass.')).toEqual([]);
    expect(clockTimesIn('The crew was cut from ten to eight members.')).toEqual([]);
    expect(clockTimesIn('Fares rose by five to six percent.')).toEqual([]);
  });
});
