// Two clock times a few minutes apart and nothing else in common do not make two reports one happening: a busy hour
// holds several, each timed to its own minute. The same minute still does, give or take the five minutes outlets round
// to, and so do near times beside any other shared signal. Written for this test; reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';

function joined(first: string, second: string): boolean {
  return joining(merged(first, second), TUESDAY, 'outlet-1', 'outlet-2').length > 0;
}

describe('clock times a few minutes apart, alone', () => {
  it('keep a warning and a door-knocking a quarter of an hour later apart', () => {
    expect(
      joined(
        'A severe flood warning has been in force for the Dunmore estuary since 3.10pm on Tuesday.',
        'Police began knocking on doors in Kelso Street at 3.25pm on Tuesday.',
      ),
    ).toBe(false);
  });

  it('keep a distress call and a launch twelve minutes later apart', () => {
    expect(
      joined(
        'Her skipper radioed a mayday at 5.50am on Tuesday.',
        'The Ardmore lifeboat put to sea at 6.02am on Tuesday.',
      ),
    ).toBe(false);
  });

  it('still join two reports timed to the very same minute', () => {
    expect(
      joined(
        'A severe flood warning has been in force for the Dunmore estuary since 3.25pm on Tuesday.',
        'Police began knocking on doors in Kelso Street at 3.25pm on Tuesday.',
      ),
    ).toBe(true);
  });

  it('still join two reports timed five minutes apart, as outlets round times', () => {
    expect(
      joined(
        'Flights at Tarn airport did not resume until 2.05pm on Tuesday.',
        'The terminal was not fully reopened until after 2 p.m. on Tuesday.',
      ),
    ).toBe(true);
  });

  it('still join near times beside a shared place', () => {
    expect(
      joined(
        'Kelso Street was cleared of residents from 3.10pm on Tuesday.',
        'Police began knocking on doors in Kelso Street at 3.25pm on Tuesday.',
      ),
    ).toBe(true);
  });
});
