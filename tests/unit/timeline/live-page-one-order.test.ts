// A live page's entries are put in order and given their days by one reading of its stamps, so the story's order
// (what the main event is) and the page's clock (the day of a clock time nothing else dates) can never disagree:
// newest first when that way round the page spans fewer hours, a day on each time the stamps pass midnight. Written for
// this test; the pages are published on Friday 15 June 2029 at 21:30.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { liveEntries } from '../../../electron/core/timeline/extraction/live-entry-order.ts';

const PUBLISHED = '2029-06-15T21:30:00+01:00';

const datesOf = (text: string, start: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED })
    .filter((event) => text.slice(event.start, event.end).startsWith(start))
    .map((event) => event.date)
    .sort();

const page = (...lines: string[]) => lines.join('\n\n');

describe('the one reading of a live page’s stamps', () => {
  it('reads three stamps newest first across midnight as one evening and the small hours after it', () => {
    const text = page('01:20', 'A crane stood by.', '23:45', 'Smoke rose.', '21:30', 'A fire broke out.');
    const entries = liveEntries(text);
    expect(entries?.newestFirst).toBe(true);
    expect(entries?.stamps.map((stamp) => stamp.midnights)).toEqual([1, 0, 0]);
  });

  it('reads two stamps oldest first across midnight as an hour and ten minutes on', () => {
    const entries = liveEntries(page('23:40', 'Boxes came in.', '00:50', 'A box was sealed.'));
    expect(entries?.newestFirst).toBe(false);
    expect(entries?.stamps.map((stamp) => stamp.midnights)).toEqual([0, 1]);
  });

  it('reads no page with fewer than two stamps', () => {
    expect(liveEntries(page('21:30', 'A fire broke out.'))).toBeNull();
  });
});

type Entry = readonly [stamp: string, text: string];

/** A live page: its heading, then its entries (given oldest first) in the order the page runs. */
const livePage = (heading: string, oldestFirst: readonly Entry[], newestFirst: boolean) =>
  page(heading, ...(newestFirst ? [...oldestFirst].reverse() : oldestFirst).flat());

const FIRE: readonly Entry[] = [
  ['21:30', 'A fire has broken out at the Quenby timber yard in Cardle this evening.'],
  ['23:45', 'Residents of Mill Row have been told to keep their windows shut.'],
  ['01:20', 'A crane driver who raised the alarm says he first smelt smoke on Thursday.'],
];

const STORM: readonly Entry[] = [
  ['22:10', 'Waves broke over the sea wall at Pellow at about 10pm.'],
  // Its own entry's stamp, not the newest entry's: 11.45pm is still to come at 23:15 on the Friday.
  ['23:15', 'Police will shut the coast road at 11.45pm.'],
  ['23:55', 'Coastguards say the harbour gates were shut at 11.30pm.'],
  ['00:40', 'A fishing boat broke its moorings at 12.15am and drifted onto the slipway.'],
];

describe.each([
  { order: 'newest first', newestFirst: true, fire: FIRE },
  // Two stamps an hour and fifty minutes apart across midnight, the one step back in time not a page read backwards.
  { order: 'oldest first', newestFirst: false, fire: [FIRE[0]!, FIRE[2]!] },
])('a live page $order across midnight', ({ newestFirst, fire }) => {
  it('dates the summary’s clock time by the happening the page opened for (the story’s order)', () => {
    const summary = 'Summary\n\nFirefighters say the blaze had spread to three sheds by 10.15pm.';
    expect(datesOf(livePage(summary, fire, newestFirst), 'Firefighters say')).toEqual(['2029-06-15']);
  });

  it('dates clock times nothing else dates by their entries’ stamps (the page’s clock)', () => {
    const text = livePage('Live: storm on the coast', STORM, newestFirst);
    expect(datesOf(text, 'Waves broke')).toEqual(['2029-06-15']);
    expect(datesOf(text, 'Police will')).toEqual(['2029-06-15']);
    expect(datesOf(text, 'Coastguards say')).toEqual(['2029-06-15']);
    expect(datesOf(text, 'A fishing boat')).toEqual(['2029-06-16']);
  });
});
