// "the first day of the curfew" counts from the curfew in force: not from the day it was voted for or announced, nor,
// told as past, from a day after the article's own. With neither to count from, it is the time told just before.
// Written for this test; the outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('the first day of a thing in force', () => {
  it('does not count from the day it was voted for', () => {
    const text =
      'The pier gates were locked at dusk on Monday. On the first day of the curfew, three anglers were turned away.\n\nThe harbour board had voted for the curfew on Friday after a spate of thefts.';
    expect(datesOf(text, 'On the first day')).toEqual(['2026-10-12']);
  });

  it('told as past, does not count from a day still to come', () => {
    const text =
      'The pier gates were locked at dusk on Monday. On the first day of the curfew, three anglers were turned away.\n\nThe curfew is meant to last a month, but the board meets on 20 October to review the curfew.';
    expect(datesOf(text, 'On the first day')).toEqual(['2026-10-12']);
  });

  it('still counts from the day the thing began', () => {
    const text =
      'The harbour board voted for a curfew on Friday. The curfew began on Monday. On its second day, two anglers were turned away.';
    expect(datesOf(text, 'On its second day')).toEqual(['2026-10-13']);
  });
});
