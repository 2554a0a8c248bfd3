import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Written for this test: a wire report whose lede tells what a company said on Tuesday, with the flood it counts back
// to; a quote further down names the flood's day.
const TEXT = [
  'HARLOW, England, March 2 (Wire) — Tessmar Foods said on Tuesday, a month after a flood wrecked its bakery, that it would shut the plant on April 30.',
  'All 90 jobs will go, and baking will move to its plant in Stort by the end of May.',
  'Managing director Ruth Baines told staff in the canteen at 9:30.',
  '"The flood on February 3 finished this site," Baines said.',
].join('\n\n');

describe('a clock time with no day, below a lede telling what was said that day', () => {
  it('takes the day of the announcement, not the day a later quote names', () => {
    const events = extractEvents(TEXT, {
      publishedAt: '2032-03-02T15:00:00+00:00',
      savedAt: '2032-03-02T15:00:00+00:00',
    });
    const told = events.filter((event) => TEXT.slice(event.start, event.end).startsWith('Managing director'));
    expect(told.map((event) => event.date)).toEqual(['2032-03-02']);
  });
});
