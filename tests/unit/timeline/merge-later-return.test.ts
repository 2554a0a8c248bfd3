// A return told as still to come after a report's day ("will resume on Tuesday", "would go out again at first light")
// is no action of that day: it does not make the report one with another of that day that tells people going home.
// Written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { withoutLaterReturn } from '../../../electron/core/timeline/merging/later-return.ts';
import { joining, merged, reportAt } from './outlets.ts';

describe('a return still to come', () => {
  it.each([
    [
      'Divers halted the hunt for the missing kayaker at dusk on Monday and will resume it on Tuesday morning.',
      'on Monday',
    ],
    ['Lifeguards stopped looking at dusk on Monday and said boats would go out again at first light.', 'on Monday'],
  ])('reads no return of its own day in "%s"', (text, dateWords) => {
    const report = reportAt(text, dateWords);
    expect(report.actions.has('resume')).toBe(true);
    expect(withoutLaterReturn(report, text, text.indexOf(dateWords)).actions.has('resume')).toBe(false);
  });

  it('keeps a return told as done that day', () => {
    const text = 'Ferries across the Ketley estuary resumed on Monday after the gale.';
    const report = reportAt(text, 'on Monday');
    expect(withoutLaterReturn(report, text, text.indexOf('on Monday')).clear.has('resume')).toBe(true);
  });

  it('keeps a search called off for the night apart from people allowed home that day', () => {
    const entries = merged(
      'Lifeguards stopped looking for the kayaker at dusk on Monday and said boats would go out again at first light.',
      'Two anglers rescued off Ketley Point were allowed home from hospital on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
