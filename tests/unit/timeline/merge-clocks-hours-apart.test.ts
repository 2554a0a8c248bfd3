// Two reports of one day that place their happening at clock times hours apart ("reopened at 9 a.m.", "was not
// reopened until after 3 p.m.") tell two moments, and are two entries however alike their words, as two parts of the
// day told in words are; times that agree, or a time given only as a bound ("had reopened by 3 p.m."), keep them one.
// Written for this test; the outlets publish on Wednesday 14 October 2026, so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';

function joined(first: string, second: string): boolean {
  return joining(merged(first, second), TUESDAY, 'outlet-1', 'outlet-2').length > 0;
}

describe('clock times hours apart', () => {
  it('keeps a reopening in the morning apart from one told as not before the afternoon', () => {
    expect(
      joined(
        'The Harlow Road bridge reopened to traffic at 9 a.m. on Tuesday after engineers checked its piers.',
        'The Harlow Road bridge was not fully reopened to traffic until after 3 p.m. on Tuesday.',
      ),
    ).toBe(false);
  });

  it('joins two outlets’ reopenings told at times that agree', () => {
    expect(
      joined(
        'The Harlow Road bridge reopened to traffic at 9 a.m. on Tuesday after engineers checked its piers.',
        'The Harlow Road bridge reopened to traffic shortly after 9 a.m. on Tuesday.',
      ),
    ).toBe(true);
  });

  it('joins a reopening with another outlet’s bound on when it had happened', () => {
    expect(
      joined(
        'The Harlow Road bridge reopened to traffic at 9 a.m. on Tuesday after engineers checked its piers.',
        'The Harlow Road bridge had reopened to traffic by 3 p.m. on Tuesday, the council said.',
      ),
    ).toBe(true);
  });
});
