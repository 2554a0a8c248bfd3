// "The second day after the flood swept through Marlow" counts days, not floods: a follow-up telling when it is by
// the happening it follows names no earlier happening of its kind (another-of-its-kind.ts), so nothing parts it from
// that happening's own reports. Written for this test.
import { expect, it } from 'vitest';
import { earlierOf } from './story-helpers.ts';

it('reads no earlier happening from an ordinal that counts days, hours or a split second', () => {
  expect(
    earlierOf('Marlow clears up', [
      'Volunteers in Marlow filled skips with ruined furniture on Wednesday.',
      'On the second day after the river burst its banks, the high street was still closed.',
      'A split second after the alarm sounded, the shop owner said, water poured under the door.',
    ]),
  ).toEqual([]);
});

it('still reads the earlier happening of a count of its kind', () => {
  expect(
    earlierOf('Second bus crash in Castlebrae', [
      'A bus hit a wall in Castlebrae on Monday.',
      'It is the second bus crash in the town in a week, after a double-decker struck a rail bridge on Ferrier Road.',
    ]).length,
  ).toBeGreaterThan(0);
});
