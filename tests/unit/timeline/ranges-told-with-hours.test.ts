// A range whose ends are told with their hours ("from 9 p.m. on Thursday to 6 a.m. on Friday", "from Friday at 8 p.m.
// until Monday at 6 a.m.", "from Friday night until Monday morning") is one event lasting from the first day to the
// last, as "from Thursday to Friday" is. Two deeds at two times ("will close at 8 p.m. on Friday and reopen at 6 a.m.
// on Monday") stay two. Written for this test; published Wednesday 12 March 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-03-12T09:00:00+00:00';
const spans = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map(
    (event) => `${event.date}/${event.endDate ?? ''} ${event.precision}`,
  );

describe('ranges told with their hours', () => {
  it.each([
    [
      'The Brindle water board will cut supplies to the harbour from 9 p.m. on Thursday to 6 a.m. on Friday while a pump is fitted.',
      '2031-03-13/2031-03-14 day',
    ],
    [
      'The ring road will shut from 8 p.m. on Friday until 6 a.m. on Monday for resurfacing.',
      '2031-03-14/2031-03-17 day',
    ],
    [
      'The ring road will shut from Friday at 8 p.m. until Monday at 6 a.m. for resurfacing.',
      '2031-03-14/2031-03-17 day',
    ],
    ['The ring road will shut from 10 p.m. Saturday to 5 a.m. Monday for resurfacing.', '2031-03-15/2031-03-17 day'],
    [
      'The branch line will close between 9pm on Saturday and 5am on Monday for signal work.',
      '2031-03-15/2031-03-17 day',
    ],
    ['The ring road will shut from Friday night until Monday morning for resurfacing.', '2031-03-14/2031-03-17 day'],
    [
      'The tunnel was closed from 11 p.m. on Saturday to 4 a.m. on Sunday after a lorry fire.',
      '2031-03-08/2031-03-09 day',
    ],
  ])('%s', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it('keeps two deeds at two times apart', () => {
    expect(spans('The ring road will close at 8 p.m. on Friday and reopen at 6 a.m. on Monday.')).toEqual([
      '2031-03-14/ day',
      '2031-03-17/ day',
    ]);
  });
});
