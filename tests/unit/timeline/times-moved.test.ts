// A time moved from one day to another ("moved from 2 October to 16 October", "postponed from 6/9 to 20/9") names
// two times, the one given up and the one taken, not one span between them; a span told plainly stays one. Written
// for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = { publishedAt: '2029-09-13T10:00:00+01:00', savedAt: '2029-09-13T10:00:00Z' };

function spansOf(text: string): string[] {
  return extractEvents(text, PUBLISHED)
    .map((event) => (event.endDate ? `${event.date}..${event.endDate}` : event.date))
    .sort();
}

describe('a time moved from one day to another', () => {
  it('gives the day given up and the day taken', () => {
    expect(
      spansOf('The planning inquiry has been moved from 2 October to 16 October at the request of objectors.'),
    ).toEqual(['2029-10-02', '2029-10-16']);
    expect(spansOf('The Linley school fete was postponed from 6/9 to 20/9 after the field flooded.')).toEqual([
      '2029-09-06',
      '2029-09-20',
    ]);
  });

  it('keeps a span told plainly as one', () => {
    expect(spansOf('The inquiry will sit from 2 October to 16 October in the town hall.')).toEqual([
      '2029-10-02..2029-10-16',
    ]);
  });
});
