// A verb told with nothing done to ("retired on Tuesday", "retreated on Tuesday") and one done to something ("withdrew
// the funding", "was withdrawn") do not tell one happening by a WordNet sense they share: the shared sense is the one
// of going away, which the verb done to something does not have (verb-objects.ts).
// Written for this test (not taken from the probes or the gold articles); reference Wednesday 14 October 2026
// (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('merging words of one sense told with and without something done to', () => {
  it('keeps apart a librarian retiring and funding withdrawn at one library on one day', () => {
    expect(
      joined(
        "Thornbury library's chief librarian, Alma Fenwick, retired on Tuesday after 30 years in the job.",
        'The county council withdrew the grants of 12 reading groups at Thornbury library on Tuesday.',
      ),
    ).toBe(false);
  });

  it('keeps apart rebels retreating and a bill withdrawn on one day', () => {
    expect(
      joined(
        'Rebel fighters retreated from the hills above Qaral on Tuesday after a week of shelling.',
        'The government of Qaral withdrew its emergency powers bill on Tuesday after a week of protests.',
      ),
    ).toBe(false);
  });

  it('still joins a man jailed and the same man sent down in other words', () => {
    expect(
      joined(
        'A judge at Selwick Crown Court imprisoned Corwin Lisle on Tuesday for setting fire to his shop.',
        'Corwin Lisle was jailed at Selwick Crown Court on Tuesday for setting fire to his shop.',
      ),
    ).toBe(true);
  });
});
