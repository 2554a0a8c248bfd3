// A sentence whose subject is next year's happening or thing dates a day of its month in next year when it tells that
// happening ahead ("Next year's festival opens on 3 March"); when it tells a deed already done to it ("Next year's
// budget was approved on 3 March"), the deed is past, so its day is the most recent one by the publication, not one in
// a year still to come. Written for this test; published on Tuesday 12 November 2030.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2030-11-12T09:00:00+00:00';
const datesOf = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED })
    .filter((event) => event.precision === 'day')
    .map((event) => event.date);

describe('a day told of next year’s happening or thing', () => {
  it.each([
    [
      'a deed already done to it, on the most recent such day',
      'Next year’s budget was approved on 3 March.',
      '2030-03-03',
    ],
    [
      'a deed done, in the present perfect',
      "Next year's timetable has been agreed by the board on 14 October.",
      '2030-10-14',
    ],
    ['a deed done to things', 'Next year’s tour dates were announced on 2 September.', '2030-09-02'],
    ['the happening told ahead, in next year', "Next year's festival opens on 3 March.", '2031-03-03'],
    ['a range of the happening ahead', 'Next year’s fair will be held from 16 to 18 July.', '2031-07-16'],
    ['the happening’s own new day, still next year’s', 'Next year’s regatta was moved to 3 March.', '2031-03-03'],
    ['last year’s happening told as done, in last year', "Last year's race was run on 3 May.", '2029-05-03'],
  ])('dates %s', (_why, text, date) => {
    expect(datesOf(text)).toEqual([date]);
  });
});
