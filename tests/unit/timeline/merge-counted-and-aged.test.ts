// Two happenings of one kind on one day, told apart by what each report counts them as ("the first call", "the second
// call") or by the age it gives the person the deed was done to ("a 41-year-old woman", "a 19-year-old man"); one
// happening told in two outlets' words stays one. Written for this test (not taken from the probes or the gold
// articles); reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('merging by what a report counts its happening as', () => {
  it('keeps the first call to a fire apart from the second', () => {
    expect(
      joined(
        'The first call to the fire service came from a taxi driver on Holm Lane on Tuesday night.',
        'The second call to the fire service came from a neighbour on Holm Lane late on Tuesday night.',
      ),
    ).toBe(false);
  });

  it('keeps a third blaze apart from the second blaze of the night', () => {
    expect(
      joined(
        'A third blaze broke out at a garage on Merriot Lane in Penhallow on Tuesday.',
        'The second blaze broke out behind the chapel on Merriot Lane in Penhallow on Tuesday.',
      ),
    ).toBe(false);
  });

  it('joins one second blaze told by two outlets', () => {
    expect(
      joined(
        'The second blaze broke out behind the chapel on Merriot Lane in Penhallow on Tuesday.',
        'A second blaze started on Tuesday behind the Merriot Lane chapel in Penhallow.',
      ),
    ).toBe(true);
  });
});

describe('merging by the ages of the people a deed was done to', () => {
  it('keeps apart the arrests of a woman and a man of other ages', () => {
    expect(
      joined(
        'Police arrested a 41-year-old woman on Tuesday in connection with the break-in at the Tolley Street pharmacy.',
        'A 19-year-old man was arrested on Tuesday over the Tolley Street pharmacy break-in.',
      ),
    ).toBe(false);
  });

  it('joins one arrest told beside an earlier arrest of someone of another age', () => {
    expect(
      joined(
        'A 52-year-old man was arrested at his flat in Penhallow on Tuesday over the Tolley Street pharmacy break-in.',
        'Police held a man at a flat in Penhallow late on Tuesday, hours after a 19-year-old woman was arrested over the Tolley Street pharmacy break-in.',
      ),
    ).toBe(true);
  });

  it('joins one arrest whose age is told in two ways', () => {
    expect(
      joined(
        'Police arrested a 41-year-old woman on Tuesday in connection with the break-in at the Tolley Street pharmacy.',
        'A woman, 41, was arrested on Tuesday over the Tolley Street pharmacy break-in.',
      ),
    ).toBe(true);
  });
});
