// A month named after a word of planning and "for" ("scheduled for May", "was advertised for March"), and a year
// naming a speech or manifesto a thing was promised in ("the 2029 King's Speech"). Written for this test; the outlet
// publishes on Tuesday 14 October 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const TUESDAY = { publishedAt: '2031-10-14T08:00:00+01:00', savedAt: '2032-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, TUESDAY).map((e) => `${e.date}${e.background ? ' background' : ''}`);
}

describe('a month a thing is planned for', () => {
  it('is the coming one for a plan still ahead', () => {
    expect(dated('The public inquiry into the bypass is scheduled for February.')).toEqual(['2032-02']);
  });

  it('is the last one for a plan told as past', () => {
    expect(dated('The open day, advertised for August, was called off because of the rain.')).toEqual(['2031-08']);
  });

  it('is not read after "for" with no word of planning', () => {
    expect(dated('Thousands of members voted for May as their new leader.')).toEqual([]);
  });
});

describe('a year naming a speech or manifesto', () => {
  it('dates what was promised in it, as background', () => {
    expect(dated("The ferry link was first promised in the 2028 King's Speech.")).toEqual(['2028 background']);
    expect(dated('The new bridge was pledged in the party’s 2027 manifesto.')).toEqual(['2027 background']);
  });
});
