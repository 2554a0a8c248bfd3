// An appositive set between commas after a name ("approved Solvanex, a weekly jab to ease arthritis, on Tuesday")
// describes the name and tells no deed: the verb before it and the date after it stay one clause, so the date is the
// approval's, and another outlet's go-ahead of that day is the same happening (appositives.ts, report-layout.ts).
// Written for this test (not taken from the probes or the gold articles); reference Wednesday 14 October 2026
// (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('merging a report whose date follows an appositive', () => {
  it('joins an approval told past an aside naming the drug and a regulator’s go-ahead', () => {
    expect(
      joined(
        'The Therapeutic Goods Council approved Solvanex, a weekly jab to ease arthritis, on Tuesday.',
        'Arthritis patients could soon be offered a weekly jab after the medicines regulator gave it the go-ahead on Tuesday.',
      ),
    ).toBe(true);
  });
});
