import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => (e.endDate ? `${e.date}..${e.endDate}` : e.date));
}

describe('where the name of an event counted from ends', () => {
  it('reads "the evening before" followed by a past verb as standing alone, counted from the time just told', () => {
    const text = [
      'The trawler Marisol sank off Dunmore Head on Tuesday.',
      'Anglers who had watched her drifting the evening before called the coastguard, but no cutter could reach her.',
      'The coastguard called off its search for the crew on Friday.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-11', '2025-11-10', '2025-11-07']);
  });

  it('still names what a participle describes: "a day after sealed bids were opened"', () => {
    const text = [
      'The council opened sealed bids for the ferry contract on Monday.',
      'Two rival operators lodged complaints a day after sealed bids were opened.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10', '2025-11-11']);
  });
});
