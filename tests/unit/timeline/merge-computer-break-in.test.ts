// A computer break-in told in plain words ("criminals broke into the trust's network") is the data breach another
// outlet names as a cyber attack; a burglar breaking into a shop is not. Written for this test; reference Wednesday
// 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { ledesJoined, reportAt } from './outlets.ts';

const report = (text: string) => reportAt(text, 'on Tuesday');

describe('a break-in told of a computer', () => {
  it('reads breaking or getting into a network or servers as a breach', () => {
    expect(report("Criminals broke into the Meldon trust's network on Tuesday.").clear.has('breach')).toBe(true);
    expect(report('Someone got into the college email servers on Tuesday.').clear.has('breach')).toBe(true);
  });

  it('does not read a burglary as a breach', () => {
    expect(report('Burglars broke into a pharmacy on Tuesday.').actions.has('breach')).toBe(false);
  });

  it('joins a cyber attack and the break-in told in other words', () => {
    expect(
      ledesJoined(
        '2026-10-13',
        'A cyber attack on Tuesday shut down the booking systems of the Meldon Health Trust. Clinics used paper notes.',
        "Criminals broke into the Meldon trust's computer network on Tuesday and demanded a ransom. Police are investigating.",
      ),
    ).toBe(true);
  });
});
