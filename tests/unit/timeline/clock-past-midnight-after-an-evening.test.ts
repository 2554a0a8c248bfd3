// A clock time in the small hours told after an evening has crossed midnight: "Crews were called at 10.45pm." then "The
// last of the fire was out at 3.10am." is the next day's, up to the page's own day. Near misses keep the day told: an
// hour of the morning after a day with no evening, a step back into the past perfect, a small hour after an evening
// that would fall after the page's day. Written for this test; published on Wednesday 11 March 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const datesOf = (text: string, words: string, publishedAt = '2026-03-11T09:30:00Z'): string[] =>
  extractEvents(text, { publishedAt, savedAt: publishedAt })
    .filter((event) => text.slice(event.start, event.end).includes(words))
    .map((event) => event.date);

describe('a clock time in the small hours after an evening', () => {
  it('is the next day', () => {
    const fire =
      'A hay barn caught fire near Aldwick on Tuesday. Crews were called at 10.45pm. The last of it was out at 3.10am.';
    expect(datesOf(fire, 'The last of it')).toEqual(['2026-03-11']);
    const count =
      'Counting began at 11pm on Tuesday in the Wexley by-election. The returning officer read out the result at 2.40am.';
    expect(datesOf(count, 'The returning officer')).toEqual(['2026-03-11']);
    const night = 'Two cars collided on the Aldwick bypass on Tuesday night. The road was cleared at 1.15am.';
    expect(datesOf(night, 'The road was cleared')).toEqual(['2026-03-11']);
  });

  it('keeps the day told with no evening, in a step back, or past the page', () => {
    const morning =
      'A hay barn caught fire near Aldwick on Tuesday. Crews were called at 6.45am. The last of it was out at 3.10pm.';
    expect(datesOf(morning, 'The last of it')).toEqual(['2026-03-10']);
    const stepBack =
      'A hay barn caught fire near Aldwick on Tuesday. Crews were called at 10.45pm. A neighbour had seen smoke at 3.10am.';
    expect(datesOf(stepBack, 'A neighbour')).toEqual(['2026-03-10']);
    const today =
      'A hay barn caught fire near Aldwick today. Crews were called at 10.45pm. The last of it was out at 3.10am.';
    expect(datesOf(today, 'The last of it', '2026-03-11T23:50:00Z')).toEqual(['2026-03-11']);
  });
});
