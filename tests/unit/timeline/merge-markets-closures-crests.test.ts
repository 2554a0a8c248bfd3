// Actions told in words the action lists missed: a market's answer to the news ("shares fell", "lost a third of its
// value by the closing bell"), a works closing told as "production would end" or "the site shuts", and a river's peak
// told as "topped out". Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('markets, closures and crests in other words', () => {
  it('reads shares moving as a market happening, not the announcement that moved them', () => {
    expect(
      reportAt('Shares in its parent, Castine Group, fell 4.2 percent by 1430 GMT on Tuesday.', 'Tuesday').clear,
    ).toContain('market');
    expect(
      reportAt('By the closing bell on Tuesday the stock had lost a third of its value.', 'Tuesday').clear,
    ).toContain('market');
    const entries = merged(
      'Castine Group, which owns Pellworth, announced on Tuesday that it would close the Ravensholm works.',
      "Shares in Pellworth's parent, Castine Group, fell 4.2 percent to 318 pence on Tuesday.",
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('reads "production would end" and "the site shuts" as a closing', () => {
    expect(
      reportAt('Castine said that production in Ravensholm would end for good on 30 October.', 'on 30 October').clear,
    ).toContain('close');
    expect(reportAt('The site shuts on 30 October, after the last shift.', 'on 30 October').actions).toContain('close');
  });

  it('reads a river that "topped out" as its peak', () => {
    expect(reportAt('The water topped out at 4:15 a.m. on Tuesday.', 'Tuesday').clear).toContain('peak');
    const entries = merged(
      'The Ellery River peaked at 19.4 feet just after four on Tuesday morning. The water topped out at 4:15 a.m., the gauge showed.',
      'Hollin schools were shut on Tuesday.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1')).toHaveLength(1);
  });
});
