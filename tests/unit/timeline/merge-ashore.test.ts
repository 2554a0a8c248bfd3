// People leaving a ship for land, and a ship leaving, told in other words by other outlets (written for this test;
// the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('passengers ashore and a ship leaving, in other words', () => {
  it.each([
    ['The first passengers went ashore on Monday.', 'on Monday', 'disembark'],
    ['Passengers will be allowed off in small groups starting Monday.', 'starting Monday', 'disembark'],
    ['The first passengers stepped off the ferry on Monday.', 'on Monday', 'disembark'],
    ['The ferry weighed anchor at 10:20 p.m. on Monday.', 'on Monday', 'depart'],
    ['The ferry is due to leave empty for Carrow on Monday.', 'on Monday', 'depart'],
  ])('reads "%s" (at "%s") as the action %s', (text, dateWords, action) => {
    expect(reportAt(text, dateWords).clear.has(action)).toBe(true);
  });

  it('reads a worker who got off work as no one leaving a ship', () => {
    expect(reportAt('The night nurses got off work at 7 a.m. on Monday.', 'on Monday').actions.has('disembark')).toBe(
      false,
    );
  });

  it('shows passengers going ashore once, apart from test results expected that day', () => {
    const entries = merged(
      'Vessany’s ministry of health let the first passengers go ashore on Monday, two days after it had barred them.',
      'The first passengers stepped off the ferry Marisol Queen in Port Aldric on Monday, ending two days at anchor.',
      [
        'Results are expected by Monday, health minister Ana Roy told reporters at the quayside.',
        'Tavner Lines said it would refund every passenger.',
      ].join('\n\n'),
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
    expect(joining(entries, '2026-10-12', 'outlet-3', 'outlet-1')).toHaveLength(0);
  });
});
