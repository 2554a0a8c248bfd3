import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// A lede telling what was said on the page's day, where its other day only describes who the news is about ("a driver
// stopped on Sunday had been banned", "A boy rescued from the river on Monday has gone home"): the news, told with no
// day of its own, is of the saying's day, so a clock time with no day below it is that day's (main-event.ts). When the
// earlier day is the news's own ("started the fire on Monday, the brigade said today") or comes after the main verb, the
// clock keeps it. Written for this test; published Thursday 11 April 2041.
const PUBLISHED = '2041-04-11T17:30:00+01:00';

function clockDay(text: string, clockWords: string): string[] {
  return extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED })
    .filter((event) => text.slice(event.dateStart, event.dateEnd).startsWith(clockWords))
    .map((event) => event.date);
}

describe('a clock below a lede said on the page’s day beside a day describing its subject', () => {
  it('goes by the saying’s day when the other day describes the subject', () => {
    const driver =
      'Police said today that a driver stopped on Sunday had been banned for three years.\n\nHe left the court at 12.15pm.';
    expect(clockDay(driver, 'at 12.15pm')).toEqual(['2041-04-11']);
    const boy =
      'A boy rescued from the river at Tolley on Monday has gone home, his school said on Thursday.\n\nHe was back in class by 10am.';
    expect(clockDay(boy, '10am')).toEqual(['2041-04-11']);
    const aside =
      'The port said today that the ferry, which ran aground on Tuesday, was afloat again.\n\nTugs pulled her clear at 6am.';
    expect(clockDay(aside, 'at 6am')).toEqual(['2041-04-11']);
  });

  it('keeps the earlier day when it is the news’s own or told after the main verb', () => {
    const own =
      'A candle left burning started the fire at the Orrel chapel on Monday, the brigade said today.\n\nCrews arrived at 3.20am.';
    expect(clockDay(own, 'at 3.20am')).toEqual(['2041-04-08']);
    const object =
      'The port said today that a broken pump caused the flooding that closed the quay on Tuesday.\n\nWater reached the sheds at 4pm.';
    expect(clockDay(object, 'at 4pm')).toEqual(['2041-04-09']);
  });
});
