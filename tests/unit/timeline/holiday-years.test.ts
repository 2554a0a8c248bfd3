// A holiday told with its year is that year's ("on Boxing Day 2019"), not the one nearest the publication date.
// Written for this test; published Saturday 8 March 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-03-08T09:00:00+00:00';
const dates = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map(
    (event) => `${text.slice(event.dateStart, event.dateEnd)} ${event.date}`,
  );

describe('a holiday told with its year', () => {
  it('dates the holiday in the year told after it, with or without a comma', () => {
    expect(dates('The pier lights failed on Boxing Day 2019.')).toEqual(['Boxing Day 2019 2019-12-26']);
    expect(dates('The mill flooded on Christmas Eve, 2027, and never reopened.')).toEqual([
      'Christmas Eve, 2027 2027-12-24',
    ]);
  });

  it('leaves a count told after the holiday and a comma to count things', () => {
    expect(dates('On Christmas Day, 1998 residents were evacuated from the valley.')).toEqual([
      'Christmas Day 2030-12-25',
    ]);
  });
});
