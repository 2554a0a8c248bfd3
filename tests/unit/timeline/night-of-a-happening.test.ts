import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Written for this test; published on Wednesday 10 March 2032.
const REFERENCE = { publishedAt: '2032-03-10T08:00:00+00:00', savedAt: '2032-03-10T08:00:00+00:00' };
const dated = (text: string) =>
  extractEvents(text, REFERENCE).map((event) => [event.date, text.slice(event.dateStart, event.dateEnd)]);

describe('"the night of the show"', () => {
  it('is the day the show was last set for', () => {
    expect(
      dated(
        'The brass band concert at Holm Park was moved from March 12 to March 14 because of rain. ' +
          'The park gates open at 5pm on the night of the show.',
      ),
    ).toEqual([
      ['2032-03-12', 'March 12'],
      ['2032-03-14', 'March 14'],
      ['2032-03-14', 'at 5pm'],
    ]);
  });

  it('is the day of the vote when another day was told since', () => {
    expect(
      dated(
        'The council will vote on the library budget on March 14. Campaigners delivered a petition on Monday. ' +
          'They plan a vigil outside the town hall on the night of the vote.',
      ),
    ).toEqual([
      ['2032-03-14', 'March 14'],
      ['2032-03-08', 'Monday'],
      ['2032-03-14', 'on the night of the vote'],
    ]);
  });
});
