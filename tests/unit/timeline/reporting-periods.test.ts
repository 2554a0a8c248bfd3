// Company results name the period they cover by its last month ("the three months to March", "the half-year ended
// June 30", "the financial year ending April 2032"): the period is a range of months, not the month named, and a later
// sentence's "in the period" is that same range. A figure compared with a year before ("against 14,200 a year
// earlier") tells no time of its own. Written for this test; published Wednesday 14 May 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-05-14T07:00:00+01:00';
const dates = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED }).map(
    (event) => `${text.slice(event.dateStart, event.dateEnd)} ${event.date}${event.endDate ? `/${event.endDate}` : ''}`,
  );

describe('reporting periods', () => {
  it('reads the three months to a month as the quarter ending with it, on or before publication', () => {
    expect(dates('The brewer Gallowmead said revenue climbed 7% in the three months to March.')).toEqual([
      'three months to March 2031-01/2031-03',
    ]);
  });

  it('reads a half-year ended on a day, and a financial year ending in a named month and year', () => {
    expect(dates('Ferrant Logistics swung to a loss in the half-year ended December 31.')).toEqual([
      'half-year ended December 31 2030-07/2030-12',
    ]);
    expect(dates('The chain now sees margins narrowing in the financial year ending April 2032.')).toEqual([
      'financial year ending April 2032 2031-05/2032-04',
    ]);
  });

  it('dates "in the period" by the period told before it, and a comparison with a year earlier by nothing', () => {
    const text =
      'Pellworth Rail carried 3.1 million passengers in the six months to April. It ran 14,900 services in the period, against 14,200 a year earlier.';
    expect(dates(text)).toEqual(['six months to April 2030-11/2031-04', 'the period 2030-11/2031-04']);
  });

  it('leaves "over the half" unread after a quarter: it names a period of another length, not the one told', () => {
    const text =
      'Gallowmead sold 2.4 million barrels in the three months to March. Over the half, its margins narrowed.';
    expect(dates(text)).toEqual(['three months to March 2031-01/2031-03']);
  });
});
