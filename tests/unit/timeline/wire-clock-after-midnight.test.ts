// A live wire page stamped after midnight UTC under a dateline naming the day before: the stamp comes after the
// dateline's day is over, so the page ran up to it from that day, and its clock times belong to the dateline's day
// until its entries pass midnight. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const STAMPED_AFTER_MIDNIGHT_UTC = '2031-08-13T01:30:00Z';
const datesOf = (text: string) =>
  extractEvents(text, { publishedAt: STAMPED_AFTER_MIDNIGHT_UTC, savedAt: STAMPED_AFTER_MIDNIGHT_UTC }).map((event) => [
    event.date,
    text.slice(event.dateStart, event.dateEnd),
  ]);
const OPENING =
  'Live: floods in the valley\n\nDUNMORE FLATS, Ariz., Aug. 12 (Wirepoint) — Flash floods hit the valley.';

describe('a live wire page stamped after midnight UTC, its dateline the day before', () => {
  it('dates its entries from the dateline’s day, the day after only past midnight', () => {
    const text =
      `${OPENING}\n\n01:05\n\nRain gauges overflowed at 12.50am, the weather service said.\n\n14:00\n\n` +
      'A county road was shut at 1.45pm.\n\n23:50\n\nRescuers pulled a driver from the water at 11.30pm.\n\n00:40\n\n' +
      'A second car was found at 12.20am.';
    expect(datesOf(text)).toEqual([
      ['2031-08-12', 'at 12.50am'],
      ['2031-08-12', 'at 1.45pm.'],
      ['2031-08-12', 'at 11.30pm.'],
      ['2031-08-13', 'at 12.20am.'],
    ]);
  });

  it.each([
    [
      'puts an evening told under a small-hours entry on the dateline’s day',
      [
        '00:20',
        'Rescuers say a car was found at 12:05 a.m.',
        '01:10',
        'The sheriff said the road had been shut at 10:30 p.m.',
      ],
      [
        ['2031-08-13', 'at 12:05 a.m.'],
        ['2031-08-12', 'at 10:30 p.m.'],
      ],
    ],
    [
      'keeps evening entries on the dateline’s day',
      [
        '18:10',
        'Rescuers say a car was found at 6:05 p.m.',
        '19:10',
        'The sheriff said the road had been shut at 7 p.m.',
      ],
      [
        ['2031-08-12', 'at 6:05 p.m.'],
        ['2031-08-12', 'at 7 p.m.'],
      ],
    ],
  ])('%s', (_why, entries, dates) => {
    expect(datesOf([OPENING, ...entries].join('\n\n'))).toEqual(dates);
  });
});
