// Words quoted as what a sign or banner reads, told after the quote ("'Closed until Monday,' the notice on the door
// read."), are a date written somewhere, not a time the article tells, as "a sign reading 'June 1'" is. Written for
// this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const WEDNESDAY = { publishedAt: '2027-02-17T10:00:00+00:00', savedAt: '2027-02-17T12:00:00Z' };

describe('a date quoted as what something reads', () => {
  it('dates nothing when the reading verb follows the quote', () => {
    expect(extractEvents('“Back on Saturday,” the sign in the baker’s window read.', WEDNESDAY)).toEqual([]);
  });

  it('still dates a quote a speaker says', () => {
    const events = extractEvents('“We were flooded on Saturday,” the baker, Ann Morley, said.', WEDNESDAY);
    expect(events.map((event) => event.date)).toEqual(['2027-02-13']);
  });
});
