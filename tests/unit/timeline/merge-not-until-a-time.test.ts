// A clock time after a denied "until" ("flights did not resume until 2.05 p.m.") tells when the happening came, not a
// bound on it: merging reads it as the happening's time, so it agrees with another outlet's "left the pier at 2.05
// p.m."; a plain "until 9 p.m." stays a bound. Written for this test; the outlets publish on Wednesday 14 October
// 2026, so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../../../electron/core/timeline/merging/merge-evidence.ts';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';

function joined(first: string, second: string): boolean {
  return joining(merged(first, second), TUESDAY, 'outlet-1', 'outlet-2').length > 0;
}

describe('a time after a denied until', () => {
  it('is read as when the happening came', () => {
    expect(evidenceOf('Ferries to Inchmoor did not sail again until 2.05 p.m. on Tuesday.').clockTimes).toHaveLength(1);
    expect(evidenceOf('The ferry was not back in service till noon on Tuesday.').clockTimes).toHaveLength(1);
  });

  it('stays a bound when nothing denies it', () => {
    expect(evidenceOf('Ferries to Inchmoor will stay in port until 2.05 p.m. on Tuesday.').clockTimes).toHaveLength(0);
    expect(evidenceOf('No ferry sailed on Tuesday, and the pier stays shut until 9 p.m.').clockTimes).toHaveLength(0);
  });

  it('joins a return told as not until a time with another outlet’s return at that time', () => {
    expect(
      joined(
        'Inchmoor ferries did not sail again until 2.05 p.m. on Tuesday, the harbour office said.',
        'The first boat to Inchmoor left the pier at 2.05 p.m. on Tuesday after checks on its ramp.',
      ),
    ).toBe(true);
  });
});
