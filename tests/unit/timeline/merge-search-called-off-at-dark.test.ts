// A search called off at nightfall, however told: "called off when it got dark" is a time like "at dusk", not another
// clause, so the calling off is the report's action; and a search "stood down" is called off (not a leader resigning).
// Written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a search called off at dark', () => {
  it.each([
    ['The hunt for the missing climber was called off when it got dark on Monday.', 'on Monday'],
    ['Volunteers cancelled the search of the moor when night fell on Monday.', 'on Monday'],
    ['Police stood the search down at dusk on Monday.', 'on Monday'],
    ['The search for the two walkers was stood down on Monday evening.', 'on Monday'],
  ])('reads a calling off in "%s"', (text, dateWords) => {
    expect(reportAt(text, dateWords).clear.has('cancel')).toBe(true);
  });

  it('reads no calling off when a councillor stood down', () => {
    expect(reportAt('Councillor Amy Brack stood down on Monday.', 'on Monday').actions.has('cancel')).toBe(false);
  });

  it('keeps a clause of another happening after "when" apart', () => {
    const report = reportAt('The ferry was cancelled when the storm hit the harbour on Monday.', 'on Monday');
    expect(report.clear.has('cancel')).toBe(false);
  });

  it('shows two reports of a search called off at dark once', () => {
    const entries = merged(
      'The search for the missing kayaker off Ketley Point was called off when it got dark on Monday.',
      'Lifeguards stood the search for the kayaker down at dusk on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
