// A participle after a possessive describes a thing, as one after an article does ("its repaired hull", "their
// cancelled bookings"): it tells no deed done, so a weekday after it in a clause looking forward is still ahead.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

function datesOf(text: string): string[] {
  return extractEvents(text, WEDNESDAY)
    .map((event) => event.date)
    .sort();
}

describe('a participle after a possessive', () => {
  it('leaves a deadline ahead', () => {
    expect(datesOf('The coach firm must refund their cancelled bookings by Monday.')).toEqual(['2027-02-22']);
  });

  it('leaves a condition’s day ahead beside the main clause’s', () => {
    expect(
      datesOf('Fans could return to the north stand on Sunday if inspectors pass its damaged roof on Thursday.'),
    ).toEqual(['2027-02-18', '2027-02-21']);
  });

  it('still lets a deed done put its weekday behind', () => {
    expect(datesOf('The club will appeal, but it repaired its damaged roof on Thursday.')).toEqual(['2027-02-11']);
  });
});
