import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a month in a clause that tells no time of its own', () => {
  it('is the nearest such month, either way: "The settlement gives each family a payment in January"', () => {
    expect(dated('The settlement gives each family £300 now and a second payment in January.')).toEqual(['2026-01']);
    expect(dated('The new contract includes a review of the rota in September.')).toEqual(['2025-09']);
  });

  it('stays behind with a past verb after it, or "since"', () => {
    expect(dated('In January, the families received a second payment.')).toEqual(['2025-01']);
    expect(dated('The village has had no bus since March.')).toEqual(['2025-03']);
  });

  it('stays behind in a line with no verb of the present: "Record snowfall in February"', () => {
    expect(dated('Record snowfall on the Fenn moors in February.')).toEqual(['2025-02']);
  });
});
