// Two happenings of one kind in one place on one day are told apart by the named people who did the deed their dates
// belong to (date-clause.ts, clause-participants-apart.ts); one happening told in two outlets' words stays one. Written
// for this test (not taken from the probes or the gold articles); reference Wednesday 14 October 2026 (outlets.ts), so
// "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('merging by the named people of the date’s clause', () => {
  it('keeps apart two named people’s deeds at one meeting on one day', () => {
    expect(
      joined(
        'Marisol Vantreece won the women’s 10,000 metres at the Orlen Athletics Festival on Tuesday.',
        'Teodor Blaskiewicz set a course record in the steeplechase at the Orlen Athletics Festival on Tuesday.',
      ),
    ).toBe(false);
  });

  it('joins one win told by its winner’s name and by what she won', () => {
    expect(
      joined(
        'Marisol Vantreece won the women’s 10,000 metres at the Orlen Athletics Festival on Tuesday.',
        'The women’s 10,000 metres at the Orlen Athletics Festival went to Vantreece on Tuesday.',
      ),
    ).toBe(true);
  });

  it('joins one arrest told with other words for the man', () => {
    expect(
      joined(
        'Police arrested a 30-year-old man in Dunmore on Tuesday after a break-in at a pharmacy on Kirk Street.',
        'A man was arrested on Tuesday after a pharmacy on Kirk Street in Dunmore was broken into.',
      ),
    ).toBe(true);
  });

  it('joins one rescue whose first report calls the woman by a word the tagger takes for a surname', () => {
    expect(
      joined(
        'A walker who had been missing for three days was found alive on Brack Pike on Tuesday.',
        'Rescue volunteers located 64-year-old Agnes Torrin yesterday morning, three days after she set out to climb Brack Pike.',
      ),
    ).toBe(true);
  });
});
