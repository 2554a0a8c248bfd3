// "Three hours early on Tuesday" tells a ferry ahead of its timetable, not a happening early in the day
// (day-moments.ts): it places nothing in the day, so one arrival told so and in the afternoon stays one. Written for
// this test; reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

it('joins an arrival told hours early on the day with the same arrival told in the afternoon', () => {
  expect(
    ledesJoined(
      '2026-10-13',
      'The Kelby ferry reached Portnahaven three hours early on Tuesday after a calm crossing.',
      'The Kelby ferry docked at Portnahaven on Tuesday afternoon after a calm crossing.',
    ),
  ).toBe(true);
});
