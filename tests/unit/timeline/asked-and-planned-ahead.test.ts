import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('what someone has asked or offered to do on a day', () => {
  it('puts "has asked to see the minister on Thursday" ahead', () => {
    expect(dated('The harbour board’s chair has asked to see the fisheries minister on Thursday.')).toEqual([
      '2025-11-13',
    ]);
  });

  it('puts "have offered to meet the union on Monday" ahead', () => {
    expect(dated('Managers at the Corrin plant have offered to meet the union on Monday.')).toEqual(['2025-11-17']);
  });

  it('puts a happening people plan, told with its object, ahead: "plan a vigil at 6 p.m. Saturday"', () => {
    expect(dated('Neighbours plan a vigil outside the Dray Street flats at 6 p.m. Saturday.')).toEqual(['2025-11-15']);
    expect(dated('Supporters are planning a march to the county hall on Monday.')).toEqual(['2025-11-17']);
  });
});
