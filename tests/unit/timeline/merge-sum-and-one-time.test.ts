// A day's sum of times ("was shut twice on Tuesday") and one time of it ("first closed at 7 a.m."), and two times of one
// series told by their adverbs ("first closed", "closed for a second time"), are two entries; two sums of one day, or
// one time told twice, stay one. Written for this test; the outlets publish on Wednesday 14 October 2026, so "Tuesday"
// is 13 October.
import { describe, expect, it } from 'vitest';
import { occurrenceOf } from '../../../electron/core/timeline/merging/repeats-apart.ts';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';

function joined(first: string, second: string): boolean {
  return joining(merged(first, second), TUESDAY, 'outlet-1', 'outlet-2').length > 0;
}

describe('a sum of times and one time of it', () => {
  it('keeps the day’s tally of closures apart from the first closure', () => {
    expect(
      joined(
        'The Kettle Lane level crossing was shut twice on Tuesday after signal faults.',
        'The Kettle Lane crossing first closed at 7 a.m. on Tuesday, when a signal failed.',
      ),
    ).toBe(false);
  });

  it('keeps the first closure apart from the one told as the second time', () => {
    expect(
      joined(
        'The Kettle Lane crossing first closed at 7 a.m. on Tuesday after a signal fault.',
        'The Kettle Lane crossing was closed for a second time on Tuesday after a signal fault.',
      ),
    ).toBe(false);
  });

  it('joins two outlets’ tallies of the same day', () => {
    expect(
      joined(
        'The Kettle Lane level crossing was shut twice on Tuesday after signal faults.',
        'Signal faults closed the Kettle Lane crossing twice on Tuesday.',
      ),
    ).toBe(true);
  });

  it('joins the first closure told by one outlet with its hour told by another', () => {
    expect(
      joined(
        'The Kettle Lane crossing first closed at 7 a.m. on Tuesday after a signal fault.',
        'A signal fault closed the Kettle Lane crossing shortly after 7 a.m. on Tuesday.',
      ),
    ).toBe(true);
  });
});

describe('what a sentence counts of a day', () => {
  it('reads no sum in a rate, a ratio or a past told as known', () => {
    expect(occurrenceOf('The ferry sails twice a day from Tuesday.')).toBeUndefined();
    expect(occurrenceOf('Twice as many people came on Tuesday.')).toBeUndefined();
    expect(occurrenceOf('The man, arrested twice before, was charged on Tuesday.')).toBeUndefined();
  });

  it('reads no time of a series in a first ever or a noun’s ordinal', () => {
    expect(occurrenceOf('The river burst its banks for the first time since 1990 on Tuesday.')).toBeUndefined();
    expect(occurrenceOf('The first closure was announced on Tuesday.')).toBeUndefined();
    expect(occurrenceOf('Crews reached the site at first light on Tuesday.')).toBeUndefined();
  });
});
