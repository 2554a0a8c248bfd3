import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/events.ts';

// Written for this test: a live page opened on the evening of Friday 5 November 2032.
const LIVE = { publishedAt: '2032-11-05T18:00:00+00:00', savedAt: '2032-11-06T02:00:00+00:00' };
const dated = (text: string) =>
  extractEvents(text, LIVE).map((event) => [event.date, text.slice(event.dateStart, event.dateEnd)]);

describe('a time told in the present on a live page', () => {
  it("is of the entry's day", () => {
    const page =
      'Live: Fireworks night at Carden Fields\n\n18:10\n\nGood evening and welcome to our live coverage of ' +
      'Fireworks Night at Carden Fields, where the big display starts at 7.30pm.\n\n20:05\n\n' +
      'Stewards say the lantern parade begins at 8.45pm from the south gate.\n\n00:40\n\n' +
      'Police arrested two teenagers at 12.15am near the tram stop.';
    expect(dated(page)).toEqual([
      ['2032-11-05', 'at 7.30pm'],
      ['2032-11-05', 'at 8.45pm'],
      ['2032-11-06', 'at 12.15am'],
    ]);
  });
});
