// A word that looks ahead as a verb ("falls", "will", "closes") is no cue when it is part of a name inside a sentence:
// "in Tallow Falls on Friday", "driven by Will Harding". A line in title case ("Old Mill Bridge Reopens on Friday")
// still reads its verbs. Written for this test; published Saturday 8 March 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-03-08T09:00:00+00:00';
const dates = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map(
    (event) => `${text.slice(event.dateStart, event.dateEnd)} ${event.date}`,
  );

describe('cue words inside names', () => {
  it('reads a place named "… Falls" as no calendar cue, and its clock time follows the day', () => {
    const text =
      'A gas main split under Orchard Road in Tallow Falls on Friday, forcing 30 families out. Engineers capped the leak at 4:10 p.m.';
    expect(dates(text)).toEqual(['Friday 2031-03-07', 'at 4:10 p.m. 2031-03-07']);
  });

  it('reads a person named Will as no cue', () => {
    expect(dates('A van driven by Will Harding hit a wall on Friday.')).toEqual(['Friday 2031-03-07']);
  });

  it('still reads a verb looking ahead in a title-case line', () => {
    expect(dates('Old Mill Bridge Reopens on Friday')).toEqual(['Friday 2031-03-14']);
  });

  it('still reads a verb looking ahead in a sentence', () => {
    expect(dates('The festival falls on Friday, and tickets are selling fast.')).toEqual(['Friday 2031-03-14']);
  });
});
