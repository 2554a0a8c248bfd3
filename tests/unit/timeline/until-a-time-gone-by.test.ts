// "Until then" tells what lasts up to the time just told: ahead, that time is the day it is dated by ("The bridge
// opens on 24 October. Until then, drivers face a detour."); a time already gone by cannot be what is still to come
// lasts until, so what the sentence tells ahead is no event of that day. Written for this test; published on Tuesday
// 10 June 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-06-10T09:00:00+01:00';
const datesOf = (text: string, start: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED })
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date);

describe('what is still to come until a time told', () => {
  it('is no event of a day gone by', () => {
    const text =
      'Protesters pitched tents outside Harlow town hall on Monday. Until then, campaigners will keep the camp open.';
    expect(datesOf(text, 'Until then')).toEqual([]);
  });

  it('is of the day still to come it lasts until', () => {
    const text =
      'Councillors will decide the camp’s future on 20 June. Until then, campaigners will keep the camp open.';
    expect(datesOf(text, 'Until then')).toEqual(['2031-06-20']);
  });

  it('keeps a state gone by up to a day gone by', () => {
    const text = 'The Orrin ferry stopped running on 3 May. Until then, it had carried 400 people a day.';
    expect(datesOf(text, 'Until then')).toEqual(['2031-05-03']);
  });
});
