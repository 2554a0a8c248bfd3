// A live page posts its entries newest first, so its story begins at the bottom: the article's main event (what a
// summary's clock time or "the night before the fire" is dated by) is the happening the page opened for, not a day
// the latest entry names in passing; its sign-off ("That's all from us tonight") tells none. A day's happening that
// is the subject of what is to come ("Friday's craft fair … will be held") is the coming one. Written for this test;
// the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { datesOfSentence } from './outlets.ts';

const LIVE_PAGE = [
  'Summary',
  'Fire broke through the roof of the Pellow Mills warehouse shortly after 3am.',
  '21:50',
  'That is all from us for now. Thank you for following.',
  '18:20',
  'The owners say the sprinklers were last tested on Monday.',
  '15:05',
  'A fire officer says the night before the fire, a neighbour reported a smell of burning.',
  '07:10',
  'A fire has gutted the Pellow Mills warehouse in Cardle early this morning. We will bring you updates through the day.',
].join('\n\n');

const at = (text: string, start: string) =>
  extractEvents(text, { publishedAt: '2026-10-14T07:10:00+01:00', savedAt: '2026-10-14T07:10:00Z' })
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date);

describe('a live page read in the order its story was told', () => {
  it('dates the summary’s clock time by the entry the page opened with, not the latest entry’s day', () => {
    expect(at(LIVE_PAGE, 'Fire broke through')).toEqual(['2026-10-14']);
  });

  it('counts "the night before the fire" from that happening too', () => {
    expect(at(LIVE_PAGE, 'A fire officer')).toEqual(['2026-10-13']);
  });

  it('keeps a page with entries oldest first in its written order', () => {
    // The summary's clock time stands under no entry's stamp: the main event dates it. (An hour told in an entry, no
    // later than its stamp, is of the entry's own day: clock-of-the-page-day.test.ts.)
    const text = [
      'Water reached the ticket hall at about 11pm.',
      '08:05',
      'Floodwater reached the Ormley bus station on Monday night.',
      '12:30',
      'The depot reopened on Tuesday.',
    ].join('\n\n');
    expect(at(text, 'Water reached')).toEqual(['2026-10-12']);
  });
});

describe('a live page’s sign-off', () => {
  it('tells no event, whatever part of the day it names', () => {
    const text = ['21:50', 'That’s all from us tonight. Thanks for following.', '07:10', 'A fire gutted a mill today.'];
    expect(at(text.join('\n\n'), 'That’s all')).toEqual([]);
  });
});

describe('a day’s happening told as the subject of what is to come', () => {
  it('dates "Friday’s craft fair … will be held" to the coming Friday', () => {
    const text = 'Organisers say Friday’s craft fair in the mill yard will be held at the town hall instead.';
    expect(datesOfSentence(text, 'Organisers')).toEqual(['2026-10-16']);
  });

  it('keeps a day’s happening gone by of which something is still to come', () => {
    const text = 'Organisers say Friday’s storm will cost the fair £40,000.';
    expect(datesOfSentence(text, 'Organisers')).toEqual(['2026-10-09']);
  });

  it('keeps a day’s happening told as done in the past', () => {
    const text = 'Friday’s craft fair in the mill yard drew 400 people despite the rain.';
    expect(datesOfSentence(text, 'Friday')).toEqual(['2026-10-09']);
  });
});
