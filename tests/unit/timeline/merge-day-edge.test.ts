// A date told "early on Tuesday" or "late on Tuesday" places its happening in its day as surely as "on Tuesday
// morning" (day-moments.ts): two mishaps on one road, one early in the day and one in the afternoon, are two
// happenings; one told early on the day and in the morning stays one. Written for this test (not taken from the probes
// or the gold articles); reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);
const VAN_EARLY =
  'A van overturned on the Brackwater ring road early on Tuesday, spilling crates of milk across two lanes.';

describe('merging by a day told early or late', () => {
  it('keeps apart a crash early on the day and one in the afternoon', () => {
    expect(
      joined(
        VAN_EARLY,
        'A car hit a lamp post on the Brackwater ring road on Tuesday afternoon, closing the road for three hours.',
      ),
    ).toBe(false);
  });

  it('keeps apart a crash in the morning and one late on the day', () => {
    expect(
      joined(
        'A van overturned on the Brackwater ring road on Tuesday morning, spilling crates of milk across two lanes.',
        'A car hit a lamp post on the Brackwater ring road late on Tuesday, closing the road for three hours.',
      ),
    ).toBe(false);
  });

  it('joins one crash told early on the day and in the morning', () => {
    expect(
      joined(
        VAN_EARLY,
        'Crates of milk were strewn across the Brackwater ring road on Tuesday morning when a delivery van rolled over.',
      ),
    ).toBe(true);
  });
});
