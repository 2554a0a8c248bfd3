// Two happenings of one kind on one day are told apart when each report's date clause brings in its own someone or
// something with "a" or "an", in words the other report never uses ("a roofer was jailed", "a publican was fined");
// one happening told with "a man" and "a 40-year-old", or told in other words, stays one (clause-participants-apart.ts).
// Written for this test (not taken from the probes or the gold articles); reference Wednesday 14 October 2026
// (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('merging by who or what each date’s clause brings in', () => {
  it('keeps apart two people sentenced at one court on one day', () => {
    expect(
      joined(
        'A roofer who swindled elderly homeowners was jailed for five years at Harrowgate Crown Court on Tuesday.',
        'A Harrowgate publican was fined £8,000 at the town’s crown court on Tuesday for serving alcohol to children.',
      ),
    ).toBe(false);
  });

  it('keeps apart two vehicles that came to grief on one road on one day', () => {
    expect(
      joined(
        'A minibus carrying twelve pensioners overturned on the Corran bypass on Tuesday.',
        'A tractor pulling a trailer of hay caught fire on the Corran bypass on Tuesday.',
      ),
    ).toBe(false);
  });

  it('joins one arrest whose man is called a man in one report and by his age in the other', () => {
    expect(
      joined(
        'A man was arrested in Harrowgate on Tuesday after a knife was found at a school gate.',
        'Police in Harrowgate arrested a 40-year-old on Tuesday after a knife was found near a school.',
      ),
    ).toBe(true);
  });
});
