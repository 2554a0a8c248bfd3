// What a deed is about ("a strike in a row over pay") is no deed of its own, so a strike and talks held that day to
// settle the pay dispute do not share an action; going on strike starts something rather than going on; a verdict is
// one whoever is named between "found" and "guilty". Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('what a deed is about', () => {
  it('keeps a strike over pay apart from talks that day to settle the pay dispute', () => {
    const entries = merged(
      'Porters at Kelmarsh Hospital went on strike on Tuesday in a row over pay. The walkout is due to last a week.',
      'Union officials and hospital managers met for talks on Tuesday afternoon to try to end the Kelmarsh pay dispute.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still joins a strike told as a walkout', () => {
    const entries = merged(
      'Cleaners at Harlow General Hospital went on strike on Tuesday in a dispute over pay.',
      'Cleaners walked out at Harlow General Hospital on Tuesday, demanding higher wages.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('reads what a deed is about as no deed, and going on strike as no going on', () => {
    const report = reportAt('Porters went on strike on Tuesday in a row over pay.', 'on Tuesday');
    expect(report.clear).not.toContain('pay');
    expect(report.ongoing).toBe(false);
    expect(reportAt('Talks went on until late on Tuesday.', 'on Tuesday').ongoing).toBe(true);
  });
});

describe('a verdict whoever is named in it', () => {
  it('reads "found the landlord, Victor Amis, guilty" as a verdict', () => {
    expect(
      reportAt('A jury found the landlord, Victor Amis, guilty of fraud on Tuesday.', 'on Tuesday').clear,
    ).toContain('court');
  });

  it('reads no verdict in what inspectors found ("no evidence that staff were guilty")', () => {
    expect(
      reportAt('Inspectors found no evidence that staff were guilty of neglect on Tuesday.', 'on Tuesday').clear,
    ).not.toContain('court');
    expect(reportAt('The review found nothing to show the firm liable on Tuesday.', 'on Tuesday').clear).not.toContain(
      'court',
    );
  });

  it('joins a jury finding a man guilty with his conviction told by another outlet', () => {
    const entries = merged(
      'A jury at Wexham Crown Court found the landlord, Victor Amis, guilty of fraud on Tuesday.',
      'Victor Amis was convicted of fraud at Wexham Crown Court on Tuesday.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
