// A clock time told as a little ahead ("landed shortly before 11am") places its happening in the half hour before that
// time, not nowhere as a bound ("by 11am") does: hours from another report's dawn, the two are two happenings.
// Written for this test; reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { dayMomentsOf } from '../../../electron/core/timeline/day-moments.ts';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';
const SEALED = 'Crews sealed the breach at Gorse Reach at dawn on Tuesday.';

function joined(first: string, second: string): boolean {
  return joining(merged(first, second), TUESDAY, 'outlet-1', 'outlet-2').length > 0;
}

describe('a clock time told as shortly before', () => {
  it('places the happening in the half hour before it', () => {
    expect(dayMomentsOf('The minister’s plane landed shortly before 11am.', undefined, [])).toEqual([[630, 660]]);
  });

  it('is no moment when told as a bound', () => {
    expect(dayMomentsOf('The pumps must be running by 11am.', undefined, [])).toEqual([]);
  });

  it('keeps a landing shortly before 11am apart from a breach sealed at dawn at the same place', () => {
    expect(
      joined(
        'The minister’s plane landed at Tarn airfield shortly before 11am on Tuesday, and he went straight to Gorse Reach.',
        SEALED,
      ),
    ).toBe(false);
  });

  it('still joins a sealing told as done by 11am to the one at dawn', () => {
    expect(joined('Crews had sealed the breach at Gorse Reach by 11am on Tuesday.', SEALED)).toBe(true);
  });
});
