// A clock time on a live page that names no day goes by the page's own clock: the stamp of the entry it stands in,
// counted on from the publication day a day at a time as the stamps pass midnight; a past happening later in the day
// than its stamp was the day before. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

function datesOf(text: string, start: string, publishedAt: string): string[] {
  return extractEvents(text, { publishedAt, savedAt: publishedAt })
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date)
    .sort();
}

describe('a clock time dated by a live page’s stamps', () => {
  it('takes the day of its entry, a day on past midnight', () => {
    const text =
      'Live: storm on the coast\n\n22:10\n\nWaves broke over the sea wall at Pellow at about 10pm.\n\n23:55\n\n' +
      'Coastguards say the harbour gates were shut at 11.30pm.\n\n00:40\n\n' +
      'A fishing boat broke its moorings at 12.15am and drifted onto the slipway.';
    const published = '2028-02-10T22:00:00+00:00';
    expect(datesOf(text, 'Waves broke', published)).toEqual(['2028-02-10']);
    expect(datesOf(text, 'Coastguards say', published)).toEqual(['2028-02-10']);
    expect(datesOf(text, 'A fishing boat', published)).toEqual(['2028-02-11']);
  });

  it('takes the day before for a past hour later than its stamp', () => {
    const text =
      'Live: the count\n\n23:40\n\nBallot boxes from the islands arrived at 11.20pm.\n\n00:50\n\n' +
      'Officials confirmed that a box from Harra had been sealed at 11.45pm.';
    expect(datesOf(text, 'Officials confirmed', '2028-05-04T23:30:00+01:00')).toEqual(['2028-05-04']);
  });
});
