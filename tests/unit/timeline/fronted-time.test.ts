// A time put first in its sentence has no words before it to tell its tense: "In June, he will be sentenced." told in
// May looks to the June ahead, not the one gone, and "On Friday, the bridge is to reopen." to the coming Friday.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Tuesday 6 May 2031.
const publishedAt = '2031-05-06T09:00:00Z';
const datesOf = (text: string) => extractEvents(text, { publishedAt, savedAt: publishedAt }).map((event) => event.date);

describe('a time that opens its sentence', () => {
  it('looks ahead when the clause after it tells the future', () => {
    expect(datesOf('In June, he will be sentenced.')).toEqual(['2031-06']);
    expect(datesOf('In December, the council will vote on the plan.')).toEqual(['2031-12']);
    expect(datesOf('In June, it is expected to reopen.')).toEqual(['2031-06']);
    expect(datesOf('On Friday, the bridge is to reopen.')).toEqual(['2031-05-09']);
    expect(datesOf('Early on Saturday, crews will close the road.')).toEqual(['2031-05-10']);
  });

  it('stays in the past when the clause after it tells a deed done', () => {
    expect(datesOf('In June, the council voted on the plan.')).toEqual(['2030-06']);
    expect(datesOf('In June, he was told he will be sentenced later.')).toEqual(['2030-06']);
    expect(datesOf('On Friday, police said the man will be sentenced in June.')).toEqual(['2031-05-02', '2031-06']);
  });
});
