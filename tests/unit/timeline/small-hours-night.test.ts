import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Thursday 9 September 2032: just after midnight, and mid-morning, local time in Wellington.
const SMALL_HOURS = { publishedAt: '2032-09-09T00:40:00+12:00', savedAt: '2033-01-01T00:00:00Z' };
const MORNING = { publishedAt: '2032-09-09T10:15:00+12:00', savedAt: '2033-01-01T00:00:00Z' };

function days(text: string, reference: { publishedAt: string; savedAt: string }): string[] {
  return extractEvents(text, reference).map((event) => event.date);
}

describe('a weekday night told on a page published in the small hours', () => {
  it('is the night just gone, though its verb is in the present', () => {
    expect(days('Harbour board members vote on the wharf lease on Wednesday night.', SMALL_HOURS)).toEqual([
      '2032-09-08',
    ]);
    expect(days('Tenants meet the landlord on Wednesday evening.', SMALL_HOURS)).toEqual(['2032-09-08']);
  });

  it('keeps a night a week ahead when "next" says so, another weekday, and a page of the morning', () => {
    expect(days('Harbour board members vote on the wharf lease next Wednesday night.', SMALL_HOURS)).toEqual([
      '2032-09-15',
    ]);
    expect(days('Harbour board members vote on the wharf lease on Friday night.', SMALL_HOURS)).toEqual(['2032-09-10']);
    expect(days('Harbour board members vote on the wharf lease on Wednesday night.', MORNING)).toEqual(['2032-09-15']);
    expect(days('Harbour board members vote on the wharf lease on Wednesday.', SMALL_HOURS)).toEqual(['2032-09-15']);
  });
});
