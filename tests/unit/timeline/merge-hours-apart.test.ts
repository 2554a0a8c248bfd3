// Two reports of one date that place what they tell hours apart in the day ("on Tuesday morning", "that evening", "at
// 9 p.m.") tell two moments, so most likely two happenings, though both name the same kind of thing; a part of the
// day that belongs to another date of the sentence places nothing. Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { dayMomentsOf, momentsHoursApart } from '../../../electron/core/timeline/merging/day-moments.ts';
import { joining, merged } from './outlets.ts';

describe('moments hours apart in one day', () => {
  it('keeps a tremor in the morning apart from a tremor that evening', () => {
    const entries = merged(
      'A tremor shook the hill town of Varno on Tuesday morning, cracking the plaster in the town hall.',
      'A tremor shook Varno on Tuesday evening and brought down the bell tower of St Eutropius.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps a blaze told at 7 a.m. apart from one told that night', () => {
    const entries = merged(
      'Fire crews put out a blaze at the Brook Lane recycling yard at 7 a.m. on Tuesday.',
      'Fire crews were called to a blaze at the Brook Lane recycling yard on Tuesday night.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins the morning and the afternoon, and the night and the small hours', () => {
    expect(
      momentsHoursApart(
        dayMomentsOf('on Tuesday morning', undefined, []),
        dayMomentsOf('on Tuesday afternoon', undefined, []),
      ),
    ).toBe(false);
    expect(momentsHoursApart(dayMomentsOf('overnight', undefined, []), dayMomentsOf('at 2 a.m.', undefined, []))).toBe(
      false,
    );
    const entries = merged(
      'A tremor shook the hill town of Varno on Tuesday morning, cracking the plaster in the town hall.',
      'A tremor shook Varno at about 11 a.m. on Tuesday, cracking plaster in the town hall.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('reads no moment from a part of the day that belongs to another date or bounds the time', () => {
    const sentence = 'The dam gave way on Monday afternoon, a day after the storm began.';
    const own = { start: sentence.indexOf('a day after'), end: sentence.length - 1 };
    const other = { start: sentence.indexOf('Monday'), end: sentence.indexOf('Monday') + 6 };
    expect(dayMomentsOf(sentence, own, [other])).toEqual([]);
    expect(dayMomentsOf('The road was to stay shut until the evening.', undefined, [])).toEqual([]);
    expect(dayMomentsOf('Families went home the next morning.', undefined, [])).toEqual([]);
    expect(dayMomentsOf('The coaster was towed in after a long night adrift.', undefined, [])).toEqual([]);
    expect(dayMomentsOf('The library has stayed open day and night since Sunday.', undefined, [])).toEqual([]);
  });
});
