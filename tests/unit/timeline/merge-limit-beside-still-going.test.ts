// A closure's limit ("has shut the tunnel until at least Friday") names the reopening another outlet tells of that day,
// whatever else its sentence tells as still going on ("crews were still pumping water out"); and people got out of
// bed by the police were evacuated. Written for this test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a closure’s limit beside something still going on', () => {
  it('joins the reopening another outlet expects that day', () => {
    const entries = merged(
      'Crews were still pumping water out of the Harbour Road tunnel on Tuesday evening, and the council has shut the tunnel until at least Friday.',
      'The Harbour Road tunnel, closed since Tuesday, is expected to reopen on Friday.',
    );
    expect(joining(entries, '2026-10-16', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('reads people got out of bed or their homes as evacuated', () => {
    const told = 'Officers got them out of bed at about 2 a.m. on Monday, as the water rose.';
    expect(reportAt(told, 'at about 2 a.m. on Monday').clear.has('evacuate')).toBe(true);
  });
});
