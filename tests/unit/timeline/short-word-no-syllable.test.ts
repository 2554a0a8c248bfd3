// A compound names a happening by the short word it ends with only when what goes before that word is a word of its own
// ("the slip" of "a landslip", "the attack" of "a cyberattack"): after a three-letter start ("airport", "gunfire",
// "support") the short word is another thing, so "the port" or "the fire" is counted from a port or a fire the
// article tells, not from the airport or the gunfire. Written for this test; published on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a short word a longer one ends with', () => {
  it('does not name the airport "the port"', () => {
    const text = [
      'Storms closed the port at Kelmouth on 5 October.',
      'Fog had closed the airport on 2 October.',
      'Two days after the port closed, the first ferry sailed again.',
    ].join(' ');
    expect(datesOf(text, 'Two days after the port')).toEqual(['2026-10-07']);
  });

  it('does not name gunfire "the fire"', () => {
    const text = [
      'A fire broke out in the Harle barracks stores on 6 October.',
      'Gunfire had been heard near the barracks on 2 October.',
      'Two days after the fire, the barracks reopened.',
    ].join(' ');
    expect(datesOf(text, 'Two days after the fire')).toEqual(['2026-10-08']);
  });
});
