// Two bodies doing alike things on one day are two happenings ("the Federal Drug Safety Board put the study on hold",
// "the Central Drug Standards Board ordered hospitals to stop"); a study "frozen" or "put on hold" is halted, as
// another outlet may say. Reference: Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('two bodies acting, and a halt told as a freeze', () => {
  it('reads a study frozen or put on hold as halted', () => {
    expect(reportAt('U.S. regulators froze the study Tuesday.', 'Tuesday').clear).toContain('close');
    expect(reportAt('The board put the Aldenor study on hold on Tuesday.', 'Tuesday').clear).toContain('close');
  });

  it('keeps what two bodies did that day apart', () => {
    const entries = merged(
      "The Federal Drug Safety Board put Brightwell Biosciences' Aldenor study on hold on Tuesday.",
      'The Central Drug Standards Board on Tuesday ordered 11 hospitals taking part in the Aldenor study to stop.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
