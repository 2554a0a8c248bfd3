// A quote read after as a sign's text ("'Shut till Friday,' the notice on the gate read.") dates nothing; a quote a
// speaker says, with "read" later in another clause ("… the warden said as he read out the list"), still dates its
// happening. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };
const datesOf = (text: string) => extractEvents(text, WEDNESDAY).map((event) => event.date);

describe('a quote said, then "read" in another clause', () => {
  it('dates what the speaker says', () => {
    expect(datesOf('“The gates reopen on Friday,” the warden said as he read out the list.')).toEqual(['2027-02-19']);
    expect(datesOf('“We lost the roof on Monday,” a tenant told reporters who read the notice.')).toEqual([
      '2027-02-15',
    ]);
  });

  it('still dates nothing a notice reads', () => {
    expect(datesOf('“Shut till Friday,” the notice on the gate read.')).toEqual([]);
  });
});
