// A third report alike to two happenings' reports in a few words does not join them, once several of their reports
// share next to nothing: two outlets' bridge closure and two outlets' school roof, told of one stormy day, stay two
// entries though a fifth outlet tells of the bridge shut "as the gale blew". A weak link between few reports still
// joins them. Written for this test; reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';
const BRIDGE = ['Kelso Bridge was shut to traffic on Tuesday.', 'Traffic was stopped on Kelso Bridge on Tuesday.'];
const ROOF = [
  'Ardmore Primary School lost its roof in the gale on Tuesday.',
  'The gale took the roof off Ardmore Primary School on Tuesday.',
];
const BOTH = 'Drivers found the bridge shut as the gale blew on Tuesday.';

describe('a weak link between two groups that share next to nothing', () => {
  it('keeps two outlets’ bridge closure and two outlets’ school roof apart', () => {
    const entries = merged(...BRIDGE, ...ROOF, BOTH);
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
    expect(joining(entries, TUESDAY, 'outlet-3', 'outlet-4')).toHaveLength(1);
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-3')).toHaveLength(0);
  });

  it('still joins the bridge report to the closure it tells', () => {
    expect(joining(merged(...BRIDGE, ...ROOF, BOTH), TUESDAY, 'outlet-1', 'outlet-5')).toHaveLength(1);
  });

  it('still lets a weak link join few reports', () => {
    expect(joining(merged(BRIDGE[0]!, ROOF[0]!, BOTH), TUESDAY, 'outlet-1', 'outlet-2', 'outlet-3')).toHaveLength(1);
  });
});
