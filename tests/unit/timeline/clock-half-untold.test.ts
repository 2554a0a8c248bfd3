// A clock time in figures with an hour of 1 to 12, no leading zero and no a.m. or p.m. ("at 4:35", "at 9:12") does not
// tell its half of the day, so it is the same moment as "4:35 p.m." another outlet gives; "16:35" and "06:40" tell it.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { clockOf } from '../../../electron/core/timeline/dates/clock-times.ts';
import { evidenceOf, otherClockTimes, sameClockTime } from '../../../electron/core/timeline/merging/merge-evidence.ts';

describe('a clock time in figures whose half of the day is untold', () => {
  it('reads "4:35" as either half, and "16:35" or "06:40" as told', () => {
    expect(clockOf('The main split at 4:35 beside the depot on Friday.')?.halfKnown).toBe(false);
    expect(clockOf('The siren sounded at 11:05 beside the quay.')?.halfKnown).toBe(false);
    expect(clockOf('The main split at 16:35 local time.')?.halfKnown).toBe(true);
    expect(clockOf('The ferry left at 06:40.')?.halfKnown).toBe(true);
  });

  it('is the same moment as that time told with p.m.', () => {
    const figures = evidenceOf('The water main under Elm Street split at 4:35 on Friday afternoon.');
    const told = evidenceOf('A water main burst beneath Elm Street at 4:35 p.m. on Friday.');
    expect(sameClockTime(figures, told)).toBe(true);
    expect(otherClockTimes(figures, told)).toBe(false);
  });
});
