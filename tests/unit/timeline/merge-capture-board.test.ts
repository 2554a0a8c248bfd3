// An animal caught and people going aboard, told in other words by other outlets, and what a participle closing a
// clause tells (written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('caught, boarded, and what a closing participle tells', () => {
  it.each([
    ['Wardens tranquilized a young moose in the school car park on Monday.', 'on Monday', 'capture'],
    ['Warden Ruth Dane fired the dart at 1:50 p.m. on Monday.', 'on Monday', 'capture'],
    ['Inspectors boarded the ferry by launch on Monday.', 'on Monday', 'board'],
    ['Doctors went aboard on Monday morning.', 'on Monday', 'board'],
  ])('reads "%s" (at "%s") as the action %s', (text, dateWords, action) => {
    expect(reportAt(text, dateWords).clear.has(action)).toBe(true);
  });

  it('reads a participle after a comma as what the happening ended, not a happening of its own', () => {
    const report = reportAt('Wardens darted the moose on Monday afternoon, ending a day-long wander.', 'on Monday');
    expect(report.primary).toBe('capture');
    expect(report.clear.has('end')).toBe(false);
  });

  it('shows a moose darted once, told as tranquilized by one outlet and as the dart fired by another', () => {
    const entries = merged(
      'Wardens tranquilized a young moose on the Dunley green on Monday afternoon, ending a day-long wander.',
      'Warden Ruth Dane fired the dart on Monday at 1:50 p.m., and the moose slid down the bank into a net.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('shows doctors going aboard once, told as boarded and as went aboard', () => {
    const entries = merged(
      'Eight doctors from the ministry boarded the ferry by launch on Monday morning to take samples.',
      'Doctors from the health ministry went aboard on Monday morning and swabbed 40 patients.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('people falling ill, in other words', () => {
  it('shows the first cases once, told as passengers who fell ill and as the outbreak that began', () => {
    const entries = merged(
      'The first passengers fell ill on Monday, two days after the ferry called at Brisport, according to Tavner Lines.',
      'The outbreak began on Monday night, when about 30 passengers reported sickness after a buffet.',
    );
    expect(reportAt('The first passengers fell ill on Monday.', 'on Monday').clear.has('sicken')).toBe(true);
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
