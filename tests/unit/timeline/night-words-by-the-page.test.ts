import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Written for this test; a local page published on the morning of Wednesday 10 March 2032.
const WEDNESDAY_MORNING = { publishedAt: '2032-03-10T07:45:00+00:00', savedAt: '2032-03-10T08:00:00+00:00' };
const dated = (text: string) =>
  extractEvents(text, WEDNESDAY_MORNING).map((event) => [event.date, text.slice(event.dateStart, event.dateEnd)]);

describe('a bare "overnight" on a page naming no day', () => {
  it('is the night just ended, dated the day of publication, and dates the clock times after it', () => {
    expect(
      dated(
        'A delivery van was stolen from a depot on Mill Lane overnight. Staff raised the alarm at about 5.40am when ' +
          'they found the gate open.',
      ),
    ).toEqual([
      ['2032-03-10', 'overnight'],
      ['2032-03-10', 'at about 5.40am'],
    ]);
  });

  it('gives way to a day the page names', () => {
    expect(dated('A delivery van was stolen from a depot on Mill Lane overnight on Sunday.')).toEqual([
      ['2032-03-07', 'Sunday'],
    ]);
  });
});

describe('"in the early hours" after "just after midnight"', () => {
  it('is the day the midnight fell on', () => {
    expect(
      dated(
        'A crane toppled onto the river wharf late on Monday. Night workers raised the alarm just after midnight. ' +
          'The trapped crane driver was freed by firefighters in the early hours.',
      ),
    ).toEqual([
      ['2032-03-08', 'Monday'],
      ['2032-03-09', 'just after midnight'],
      ['2032-03-09', 'in the early hours'],
    ]);
  });
});

describe('"since the early hours" told in the present perfect', () => {
  it('is the small hours of the day it is told on', () => {
    expect(dated('Firefighters have been tackling a blaze at a timber yard in Orton since the early hours.')).toEqual([
      ['2032-03-10', 'since the early hours'],
    ]);
  });

  it('dates nothing told in the past', () => {
    expect(dated('Firefighters tackled a blaze at a timber yard in Orton since the early hours.')).toEqual([]);
  });
});
