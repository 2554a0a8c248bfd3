// A time told without its half of the day takes the half the part of the day right after it tells: "at twenty to
// three in the afternoon" is 2.40 p.m., "at 10 o'clock that night" 10 p.m., "at 3:40 on Monday morning" 3.40 a.m.
// (clock-times.ts). A part of the day across a comma, or none, leaves the half untold. Written for this test.
import { describe, expect, it } from 'vitest';
import { clockOf } from '../../../electron/core/timeline/dates/clock-times.ts';

describe('a clock time with the part of the day told after it', () => {
  it('reads the half of the day from the part told right after the time', () => {
    expect(clockOf('The alarm sounded at twenty to three in the afternoon.')).toMatchObject({
      minutes: 14 * 60 + 40,
      halfKnown: true,
    });
    expect(clockOf('The last ferry left at 10 o’clock that night.')).toMatchObject({
      minutes: 22 * 60,
      halfKnown: true,
    });
    expect(clockOf('The pipe split at 3:40 on Monday morning.')).toMatchObject({
      minutes: 3 * 60 + 40,
      halfKnown: true,
    });
    expect(clockOf('The lights went out at half past eleven at night.')).toMatchObject({
      minutes: 23 * 60 + 30,
      halfKnown: true,
    });
    expect(clockOf('The count ended at half past twelve in the afternoon.')).toMatchObject({
      minutes: 12 * 60 + 30,
      halfKnown: true,
    });
  });

  it('leaves the half untold with no part of the day right after the time', () => {
    expect(clockOf('The alarm sounded at twenty to three, and by the afternoon the hall was empty.')?.halfKnown).toBe(
      false,
    );
    expect(clockOf('The last ferry left at 10 o’clock.')?.halfKnown).toBe(false);
  });
});
