// Two decisions of one body on one day told with opposite outcomes, each about its own thing or person ("passed its
// housing plan", "rejected a motion"; "was jailed", "cleared Nadia Orme") are two happenings (opposite-outcomes.ts).
// Written for this test (not taken from the probes or the gold articles); reference Wednesday 14 October 2026
// (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('merging decisions told with opposite outcomes', () => {
  it('keeps apart a plan passed and a motion rejected by one council on one day', () => {
    expect(
      joined(
        'The Harrowby council passed its housing plan on Tuesday by 31 votes to 12.',
        'Councillors in Harrowby on Tuesday rejected a motion to ban holiday lets in the old town.',
      ),
    ).toBe(false);
  });

  it('keeps apart one man jailed and his partner cleared at one court on one day', () => {
    expect(
      joined(
        'Corwin Lisle was jailed for nine years at Selwick Crown Court on Tuesday for setting fire to his shop.',
        'A jury at Selwick Crown Court on Tuesday cleared Nadia Orme, the business partner of Corwin Lisle, of insurance fraud.',
      ),
    ).toBe(false);
  });
});
