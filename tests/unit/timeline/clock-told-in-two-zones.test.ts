import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a clock time told again in another zone before its day', () => {
  it('takes the day told after the zone: "at 4:10 am local time (10:10 pm GMT) on Monday"', () => {
    const text = [
      'Rescuers reached the last of the trapped miners yesterday.',
      'The roof of the Tavira mine fell in at 4:10 am local time (10:10 pm GMT) on Monday.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-11', '2025-11-10']);
  });
});
