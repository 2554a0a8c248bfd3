// One person or body doing two things on one day: two happenings, each the lede of its article, even though both name
// the doer: a minister who opened a ward and announced a review, a chairman who signed a lease and sacked a manager.
// One deed told in two words by two outlets still joins. Written for this test; reference Wednesday 14 October 2026
// (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined as joinedOnTuesday, reportAt } from './outlets.ts';

const TUESDAY = '2026-10-13';
const ledesJoined = (first: string, second: string) => joinedOnTuesday(TUESDAY, first, second);

describe('someone put out of a post', () => {
  it('reads a sacking, an ousting and a chief fired as a dismissal', () => {
    expect(reportAt('The club sacked its manager on Tuesday.', 'on Tuesday').clear.has('dismiss')).toBe(true);
    expect(reportAt('Shareholders ousted the chairman on Tuesday.', 'on Tuesday').clear.has('dismiss')).toBe(true);
    expect(
      reportAt('The governor fired state health chief Ana Kell on Tuesday.', 'on Tuesday').clear.has('dismiss'),
    ).toBe(true);
  });

  it('does not read shots fired or a fire as a dismissal', () => {
    expect(reportAt('Police fired tear gas at the crowd on Tuesday.', 'on Tuesday').actions.has('dismiss')).toBe(false);
    expect(
      reportAt('Fires chief Ada Moss said on Tuesday the blaze was out.', 'on Tuesday').actions.has('dismiss'),
    ).toBe(false);
  });
});

describe('one doer, two deeds', () => {
  it('keeps apart a minister opening a ward and announcing a review', () => {
    expect(
      ledesJoined(
        'Health minister Idris Penhallow opened a new stroke ward on Tuesday. The ward has 28 beds.',
        'Health minister Idris Penhallow announced a review of ward waiting times on Tuesday. It will report in spring.',
      ),
    ).toBe(false);
  });

  it('keeps apart a chairman signing a lease and sacking a manager', () => {
    expect(
      ledesJoined(
        'Chairman Osric Vane signed a 20-year lease on the Harrowgate ground on Tuesday. Fans welcomed the news.',
        'Osric Vane sacked manager Tobias Quell on Tuesday after eight defeats in a row. A caretaker takes over.',
      ),
    ).toBe(false);
  });

  it('still joins one resignation told in two words', () => {
    expect(
      ledesJoined(
        'Idris Penhallow resigned as health minister on Tuesday. He had been in the post for two years.',
        'Idris Penhallow quit the cabinet on Tuesday, saying he had lost confidence in the leadership.',
      ),
    ).toBe(true);
  });
});
