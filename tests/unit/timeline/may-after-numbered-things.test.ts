// "Rooms 3 and 4 May be closed": after things numbered by figures ("Rooms 3 and 4", "Platform 2"), a capitalised "May"
// followed by a bare verb ("be", "have", "not") is the modal, not the month, so the figures name no days. A date's "May"
// after a preposition stays the month ("Tickets bought before 4 May have been refunded"). Written for this test;
// published on Tuesday 10 June 2031.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const PUBLISHED = '2031-06-10T09:00:00+01:00';
const mays = (text: string) =>
  extractEvents(text, { publishedAt: PUBLISHED, savedAt: PUBLISHED })
    .map((event) => event.date)
    .filter((date) => date.slice(5, 7) === '05');

describe('a capitalised "May" after numbered things', () => {
  it.each([
    'Rooms 3 and 4 May be closed to visitors.',
    'Platform 2 May not reopen before the autumn, engineers warned.',
    'Flats 12, 14 and 16 May have been damaged by the storm, the landlord said.',
  ])('is the modal in "%s"', (text) => {
    expect(mays(text)).toEqual([]);
  });

  it.each([
    ['Tickets bought before 4 May have been refunded.', ['2031-05-04']],
    ['The fair ran on 3 and 4 May.', ['2031-05-03', '2031-05-04']],
  ])('stays the month in "%s"', (text, dates) => {
    expect(mays(text)).toEqual(dates);
  });
});
