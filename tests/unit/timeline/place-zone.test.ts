// A page stamped in UTC by an outlet whose places carry te reo Māori names speaks from New Zealand's day: its "today"
// is the local date, a day after the stamp's from noon UTC (place-zone.ts). Written for this test.
import { expect, it } from 'vitest';
import { withPlaceZone } from '../../../electron/core/timeline/place-zone.ts';
import { datesTold } from './dates-told.ts';

const PAGE = 'A landslip closed the road between Matakoru and Wharepuni at 5.40am today, the council said.';

it('reads "today" on a New Zealand page stamped in UTC the evening before as the local day', () => {
  expect(datesTold('2041-05-13T19:00:00Z')(PAGE)).toEqual(['today 2041-05-14']);
});

it('tells the local time in standard and daylight time, and keeps a stamp with an offset or no such names', () => {
  expect(withPlaceZone('2041-05-13T19:00:00Z', PAGE)).toBe('2041-05-14T07:00:00+12:00');
  expect(withPlaceZone('2041-01-10T19:00:00Z', PAGE)).toBe('2041-01-11T08:00:00+13:00');
  expect(withPlaceZone('2041-05-13T19:00:00-04:00', PAGE)).toBe('2041-05-13T19:00:00-04:00');
  expect(withPlaceZone('2041-05-13T19:00:00Z', 'A landslip closed the road near Barnsdale at 5.40am today.')).toBe(
    '2041-05-13T19:00:00Z',
  );
});
