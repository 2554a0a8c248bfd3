// A year before a noun names a past happening by the noun's role, whatever the noun: the object of a preposition of
// time ("since the 1983 buyout") or what something was lost or harmed in ("was stolen in a 1987 raid"). A thing the
// year describes is no event: "in the 1856 gallery", "since the 1911 bridge opened". Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const reference = { publishedAt: '2030-11-17T09:30:00+00:00', savedAt: '2030-11-17T09:30:00Z' };
const yearsOf = (text: string) => extractEvents(text, reference).map((event) => [event.date, event.background]);

describe('a year naming a happening by its role', () => {
  it('after a preposition of time is a background event of its year', () => {
    expect(yearsOf('The mill has stood empty since the 1983 buyout.')).toEqual([['1983', true]]);
    expect(yearsOf('The harbour wall was raised after a 1953 surge, the trust said.')).toEqual([['1953', true]]);
  });

  it('that something was lost or harmed in is a background event of its year', () => {
    expect(yearsOf('Two of the chapel bells were carried off in a 1917 requisition.')).toEqual([['1917', true]]);
    expect(yearsOf('A silver chalice was taken in the 1979 break.')).toEqual([['1979', true]]);
  });

  it('is none when the year describes a thing', () => {
    expect(yearsOf('The portrait was hung in the 1856 gallery.')).toEqual([]);
    expect(yearsOf('Traffic has been lighter since the 1911 bridge reopened to lorries.')).toEqual([]);
  });

  it('is none inside a comparison owned by a name: "the county’s first … since"', () => {
    expect(yearsOf("It is the county's first flood warning since the 1998 storms.")).toEqual([]);
    expect(yearsOf("Brisco is the agency's first crewed flight since a 2006 probe.")).toEqual([]);
  });
});
