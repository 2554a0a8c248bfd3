// A train off its rails told in other words: "derailed", "came off the rails", "left the track at 4:50 a.m.".
// Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('a derailment in other words', () => {
  it('reads coming off the rails and leaving the track as derailing', () => {
    expect(reportAt('Eleven wagons of a freight train came off the rails on Tuesday.', 'Tuesday').clear).toContain(
      'derail',
    );
    expect(reportAt('The train left the track on a curve on Tuesday.', 'Tuesday').clear).toContain('derail');
  });

  it('shows the lede and the paragraph giving its hour once', () => {
    const entries = merged(
      'Eleven wagons of a freight train came off the rails near Brannock early on Tuesday, spilling fertiliser.\n\n' +
        'The train, run by Greyfield Freight, left the track at 4:50 a.m. on a curve south of the village.',
      'Lots of you have written in since Tuesday’s derailment near Brannock.',
    );
    const [entry] = joining(entries, '2026-10-13', 'outlet-1', 'outlet-2');
    expect(entry?.sources).toHaveLength(3);
  });
});
