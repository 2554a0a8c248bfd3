// People getting out of custody, told as breaking out, slipping out or escaping, are one happening, and no fault (gas
// escaping from a main). Written for this test; the outlets publish on Wednesday 14 October 2026, so "Sunday" is 11
// October.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('an escape from custody', () => {
  it.each([
    ['Two prisoners broke out of Hollins Road prison on Sunday.', 'on Sunday'],
    ['Two men slipped out of the Hollins Road detention centre on Sunday.', 'on Sunday'],
    ['Two inmates escaped from a county jail on Sunday.', 'on Sunday'],
  ])('reads "%s" as an escape', (text, dateWords) => {
    const report = reportAt(text, dateWords);
    expect(report.clear.has('escape')).toBe(true);
    expect(report.actions.has('fault')).toBe(false);
  });

  it('still reads gas escaping from a main as a fault', () => {
    expect(reportAt('Gas escaped from a main on Sunday.', 'on Sunday').clear.has('fault')).toBe(true);
  });

  it('shows once an escape told as a break-out in one article and as slipping out in the next paragraph', () => {
    const entries = merged(
      [
        'Dale Horne was caught at a bus station in Wexley on Tuesday afternoon, two days after he and another man broke out of the county jail.',
        'The two men slipped out of the Hollins Road detention centre in Wexley shortly before midnight on Sunday, cutting through a fence.',
      ].join('\n\n'),
      'Police arrested the second of two inmates who escaped from a county jail in Wexley on Sunday.',
    );
    const sunday = entries.filter((entry) => entry.date === '2026-10-11');
    expect(sunday.map((entry) => entry.sources.length)).toEqual([3]);
  });
});
