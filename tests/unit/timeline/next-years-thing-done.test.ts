// A sentence whose subject is next year's happening or thing dates a day of its month in next year when it tells that
// happening ahead ("Next year's festival opens on 3 March"); when it tells a deed already done to it ("Next year's
// budget was approved on 3 March"), the deed is past, so its day is the most recent one by the publication, not one in
// a year still to come. Written for this test; published on Tuesday 12 November 2030.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/events.ts';

const PUBLISHED = '2030-11-12T09:00:00+00:00';
const datesOf = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED })
    .filter((event) => event.precision === 'day')
    .map((event) => event.date);

describe('a day told of next year’s happening or thing', () => {
  it('dates a deed already done to it on the most recent such day', () => {
    expect(datesOf('Next year’s budget was approved on 3 March.')).toEqual(['2030-03-03']);
    expect(datesOf("Next year's timetable has been agreed by the board on 14 October.")).toEqual(['2030-10-14']);
    expect(datesOf('Next year’s tour dates were announced on 2 September.')).toEqual(['2030-09-02']);
  });

  it('keeps the happening told ahead in next year', () => {
    expect(datesOf("Next year's festival opens on 3 March.")).toEqual(['2031-03-03']);
    expect(datesOf('Next year’s fair will be held from 16 to 18 July.')).toEqual(['2031-07-16']);
    // Moved to a day: the happening's own new day, still next year's.
    expect(datesOf('Next year’s regatta was moved to 3 March.')).toEqual(['2031-03-03']);
  });

  it('keeps last year’s happening told as done in last year', () => {
    expect(datesOf("Last year's race was run on 3 May.")).toEqual(['2029-05-03']);
  });
});
