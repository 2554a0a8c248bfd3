import { describe, expect, it } from 'vitest';
import { type EventReference, extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Written for this test: a live page opened on the evening of Friday 5 November 2032.
const LIVE = { publishedAt: '2032-11-05T18:00:00+00:00', savedAt: '2032-11-06T02:00:00+00:00' };
const dated = (text: string, reference: EventReference = LIVE) =>
  extractEvents(text, reference).map((event) => [event.date, text.slice(event.dateStart, event.dateEnd)]);

describe('a time told in the present on a live page', () => {
  it("is of the entry's day", () => {
    const page =
      'Live: Fireworks night at Carden Fields\n\n18:10\n\nGood evening and welcome to our live coverage of ' +
      'Fireworks Night at Carden Fields, where the big display starts at 7.30pm.\n\n20:05\n\n' +
      'Stewards say the lantern parade begins at 8.45pm from the south gate.\n\n00:40\n\n' +
      'Police arrested two teenagers at 12.15am near the tram stop.';
    expect(dated(page)).toEqual([
      ['2032-11-05', 'at 7.30pm.'],
      ['2032-11-05', 'at 8.45pm'],
      ['2032-11-06', 'at 12.15am'],
    ]);
  });

  it("is of the entry's day after a happening of an earlier day", () => {
    const page =
      'Live: Vigil for the Carden Fields injured\n\n17:10\n\nTwo teenagers were hurt when a rocket hit the crowd at ' +
      'Carden Fields on Friday.\n\n18:05\n\nA candlelit vigil on the Green starts at 7pm.\n\n19:40\n\n' +
      'About 300 people have gathered with candles.';
    expect(dated(page, { publishedAt: '2032-11-07T17:00:00+00:00', savedAt: '2032-11-07T21:00:00+00:00' })).toEqual([
      ['2032-11-05', 'Friday'],
      ['2032-11-07', 'at 7pm.'],
    ]);
  });
});
