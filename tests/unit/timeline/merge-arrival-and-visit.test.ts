// Arriving somewhere and visiting it are one visit told in two words ("arrived in Stannard by helicopter", "toured the
// flooded village"): the wording does not part them, and the rest of the evidence decides. Written for this test (not
// taken from the probes or the gold articles); reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13
// October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';

describe('merging an arrival and a visit', () => {
  it('joins a minister’s arrival in a village and her tour of it', () => {
    expect(
      ledesJoined(
        TUESDAY,
        'Health Minister Oriel Thackwray arrived in Stannard by helicopter on Tuesday to see the flood damage.',
        'Oriel Thackwray, the health minister, toured the flooded village of Stannard on Tuesday.',
      ),
    ).toBe(true);
  });

  it('keeps a minister’s arrival apart from another minister’s visit', () => {
    expect(
      ledesJoined(
        TUESDAY,
        'Health Minister Oriel Thackwray arrived in Stannard by helicopter on Tuesday to see the flood damage.',
        'Transport Minister Dafydd Corran toured the flooded village of Stannard on Tuesday.',
      ),
    ).toBe(false);
  });
});
