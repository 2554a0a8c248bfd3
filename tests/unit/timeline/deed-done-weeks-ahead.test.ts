// A day weeks ahead of the publication, told as a deed done or a happening gone by ("The hearings were on 2, 3 and 5
// May", published in March), is last year's: what is done cannot be on a day still to come. A day told ahead, or as a
// limit, stays the coming one. Written for this test; published on Wednesday 12 March 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-03-12T09:00:00+00:00';
const datesOf = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map((event) => event.date);

describe('a day weeks ahead', () => {
  it.each([
    ['last year’s, told as done', 'The hearings were on 2, 3 and 5 May.', ['2030-05-02', '2030-05-03', '2030-05-05']],
    ['last year’s, told as done', 'The Harle inquiry heard evidence on 5 May.', ['2030-05-05']],
    ['last year’s, told as done', 'A second hearing was held on 20 April.', ['2030-04-20']],
    ['this year’s, told ahead', 'The hearings are on 2, 3 and 5 May.', ['2031-05-02', '2031-05-03', '2031-05-05']],
    ['this year’s, told as a limit', 'The hearing was adjourned until 5 May.', ['2031-05-05']],
    ['this year’s, told ahead', 'The hearings will be on 20 April.', ['2031-04-20']],
  ])('is %s: %s', (_why, text, dates) => {
    expect(datesOf(text)).toEqual(dates);
  });
});
