// A break-in told by the alarm it set off: "set off the alarm" sounds it and goes nowhere; a fire exit or a fire door
// is a thing made for a fire, not a fire, as a crash barrier is no crash (written for this test; the outlets publish
// on Wednesday 14 October 2026, so "Monday" is 12 October).
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('an alarm set off, and the way in', () => {
  it.each([
    ['Two youths set off the alarm at the chapel on Monday.', 'on Monday'],
    ['An intruder tripped the alarm at the boatyard on Monday.', 'on Monday'],
  ])('reads "%s" as an alarm, not a departure', (text, dateWords) => {
    const report = reportAt(text, dateWords);
    expect(report.clear.has('alarm')).toBe(true);
    expect(report.actions.has('depart')).toBe(false);
  });

  it('still reads setting off on a journey as leaving', () => {
    expect(reportAt('The climbers set off from the hut on Monday.', 'on Monday').clear.has('depart')).toBe(true);
  });

  it.each([
    ['Two boys forced a fire exit at the leisure centre on Monday.', 'fire'],
    ['Two boys wedged open the fire door of the school hall on Monday.', 'fire'],
    ['The van scraped along a crash barrier on the bypass on Monday.', 'impact'],
  ])('reads in "%s" no %s', (text, action) => {
    expect(reportAt(text, 'on Monday').actions.has(action)).toBe(false);
  });

  it('still reads a fire and a crash told by their nouns', () => {
    expect(reportAt('A fire gutted the school hall on Monday.', 'on Monday').clear.has('fire')).toBe(true);
    expect(reportAt('The crash closed the bypass on Monday.', 'on Monday').clear.has('impact')).toBe(true);
  });

  it('shows a break-in once, told as the alarm set off and as the alarm sounding', () => {
    const entries = merged(
      [
        "Thieves took a silver chalice from St Bede's chapel in Wexcombe early on Monday.",
        'They forced a fire door at the side and set off the alarm at 3.05am on Monday.',
      ].join('\n\n'),
      [
        'Police searched two flats in Wexcombe on Monday but made no arrests.',
        "The chapel's alarm sounded at 3.05am on Monday, a neighbour said.",
      ].join('\n\n'),
    );
    const timed = entries.filter((entry) => entry.sources.some((source) => source.text.includes('3.05am')));
    expect(timed).toHaveLength(1);
  });
});
