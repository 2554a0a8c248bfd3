import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('a happening named by turns with another noun', () => {
  it('counts "a day after the landslide" from the rockfall told before', () => {
    const text = [
      'A rockfall buried the coast path above Kelso on Monday.',
      'Rangers closed the whole park on Tuesday.',
      'A walker was found alive a day after the landslide.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10', '2025-11-11', '2025-11-11']);
  });

  it('counts "the night before the outage" from the blackout told before', () => {
    const text = [
      'A blackout hit the Tarn estate on Sunday.',
      'Engineers replaced a cable on Monday.',
      'Residents had reported flickering lights the night before the outage.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-10', '2025-11-08']);
  });
});

describe('a slide told by the matter that moved', () => {
  it('counts "the day after the slide" from the day mud and boulders were told to move', () => {
    const text = [
      'Mud and boulders swept across the valley road below Tarrow on Sunday afternoon.',
      'Crews cleared one lane on Monday.',
      'The village fete had been planned for the day after the slide.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-10', '2025-11-10']);
  });
});
