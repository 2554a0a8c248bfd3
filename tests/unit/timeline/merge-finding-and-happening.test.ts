// A finding, a ruling or a declaration told of a day is a happening of its own, not the happening it is about: the
// date's own clause (date-clause.ts) tells what was done then, its doer and what it was done to. Two outlets' words
// for one finding still make one entry, and a confirmation of an arrest is still the arrest. Sentences written for
// this test (not taken from the probes or the gold articles); reference Wednesday 14 October 2026 (outlets.ts), so
// "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined } from './outlets.ts';

const TUESDAY = '2026-10-13';
const joined = (first: string, second: string) => ledesJoined(TUESDAY, first, second);

describe('a finding and the happening it is about', () => {
  it('keeps a ruling that a fire was arson apart from the fire', () => {
    expect(
      joined(
        'A fire destroyed the Brackwell paper mill on Tuesday.',
        'Fire investigators ruled on Tuesday that the blaze at the Brackwell paper mill had been started deliberately.',
      ),
    ).toBe(false);
  });

  it('keeps a declaration that a blaze was deliberate apart from the blaze', () => {
    expect(
      joined(
        'Fire crews fought a blaze at the Brackwell paper mill on Tuesday.',
        'Investigators declared the Brackwell mill blaze deliberate on Tuesday.',
      ),
    ).toBe(false);
  });

  it('keeps a statement finding a fire deliberate apart from the fire', () => {
    expect(
      joined(
        'A fire gutted the Brackwell paper mill on Tuesday.',
        'The fire service said on Tuesday that the Brackwell mill fire had been set on purpose.',
      ),
    ).toBe(false);
  });

  it('keeps a council declaring an emergency apart from the flood', () => {
    expect(
      joined(
        'The River Tamsin flooded hundreds of homes in Ostley on Tuesday.',
        'Ostley council declared a state of emergency over the flooding on Tuesday.',
      ),
    ).toBe(false);
  });

  it('keeps two findings about two fires apart', () => {
    expect(
      joined(
        'Investigators ruled on Tuesday that the fire at the Brackwell paper mill had been started deliberately.',
        'Investigators ruled on Tuesday that the fire at the Brackwell primary school had been started deliberately.',
      ),
    ).toBe(false);
  });
});

describe('one finding, one arrest', () => {
  it('joins two outlets’ words for one ruling', () => {
    expect(
      joined(
        'Fire investigators ruled on Tuesday that the blaze at the Brackwell paper mill had been started deliberately.',
        'The Brackwell paper mill fire was arson, investigators declared on Tuesday.',
      ),
    ).toBe(true);
  });

  it('joins a statement and a ruling finding one fire deliberate', () => {
    expect(
      joined(
        'The service said at noon on Tuesday that the Ostley bakery fire had also been set on purpose.',
        'Fire investigators ruled on Tuesday afternoon that the Ostley bakery fire, like the one at the bus depot, had been started deliberately.',
      ),
    ).toBe(true);
  });

  it('joins a confirmation of an arrest with the arrest', () => {
    expect(
      joined(
        'Police arrested a 41-year-old man over the Brackwell mill fire on Tuesday.',
        'Police confirmed on Tuesday that a 41-year-old man had been arrested over the Brackwell mill fire.',
      ),
    ).toBe(true);
  });
});
