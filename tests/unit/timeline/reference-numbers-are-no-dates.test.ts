import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Written for this test.
const REFERENCE = { publishedAt: '2032-03-10T08:00:00+00:00', savedAt: '2032-03-10T08:00:00+00:00' };
const dates = (text: string) => extractEvents(text, REFERENCE).map((event) => event.date);

describe('figures after a reference or number word', () => {
  it('are an identifier, not a day', () => {
    expect(dates('Callers must give their case number 3/11/2030 when they ring the helpline.')).toEqual([]);
    expect(dates('Please quote order no. 12/4/2031 on every letter you send the depot.')).toEqual([]);
    expect(dates('Tenants should write to the landlord giving reference 5/6/2031 in full.')).toEqual([]);
    expect(dates('Drivers who were fined can appeal under ticket ref 14/2/2031 at the civic office.')).toEqual([]);
  });

  it('leave a day told after the identifier', () => {
    expect(dates('The court heard case number 44 on November 3, 2031 and adjourned it.')).toEqual(['2031-11-03']);
  });
});
