// A year a thing is sorted by ("Forms sent before 2030 are no longer accepted") is a cut-off, not when anything
// happened; a season a plan is due by ("will report by the summer") is the coming one, told with its year's precision.
// Written for this test.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const eventsOf = (text: string, published: string) =>
  extractEvents(text, { publishedAt: published, savedAt: published }).map((event) => [event.date, event.precision]);

const FEBRUARY = '2032-02-09T09:00:00+00:00';
const OCTOBER = '2032-10-14T09:00:00+00:00';

describe('a year a thing is sorted by', () => {
  it.each([
    'Forms sent before 2030 are no longer accepted.',
    'Tickets bought before 2031 will not be refunded.',
    'Any boiler fitted before 1995 must now be checked every year.',
  ])('dates nothing: %s', (text) => {
    expect(eventsOf(text, FEBRUARY)).toEqual([]);
  });

  it('still dates a deed told done before a year', () => {
    expect(eventsOf('The old mill was sold before 1990.', FEBRUARY)).toEqual([['1990', 'year']]);
  });
});

describe('a season a plan is due in', () => {
  it.each([
    [
      'by the summer, told in winter: this year’s',
      'The panel will send its findings to ministers by the summer.',
      FEBRUARY,
      '2032',
    ],
    ['in the autumn, told in winter', 'Work on the new pier is expected to start in the autumn.', FEBRUARY, '2032'],
    [
      'by the summer, told after it: next year’s',
      'The panel will send its findings to ministers by the summer.',
      OCTOBER,
      '2033',
    ],
  ])('is the coming one: %s', (_why, text, published, year) => {
    expect(eventsOf(text, published)).toEqual([[year, 'year']]);
  });

  it.each([
    ['told as past', 'The pier was repaired in the summer.'],
    ['a season naming its weather', 'Crews will have to finish before the autumn gales.'],
    ['a span it lasts', 'The new wells will supply the village through the summer.'],
    ['what would have been', 'The repair would have cost far less in the spring.'],
  ])('dates nothing: %s', (_why, text) => {
    expect(eventsOf(text, OCTOBER)).toEqual([]);
  });
});
