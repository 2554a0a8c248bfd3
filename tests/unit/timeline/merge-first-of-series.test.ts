// The first of a series, timed and telling no deed of its own ("The first cars were waved through the barriers at
// 7.10am"), tells when the happening its lede tells began; the first of something that tells a deed of its own ("The
// first lorries reached the town at noon", an arrival) is another happening. Written for this test; the outlet
// publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

const lede =
  'Traffic crossed the Aln Bridge in Morebury again on Tuesday, ten days after floodwater cracked one of its arches.';

describe('the first of a series, timed', () => {
  it('gives the hour its lede’s happening began', () => {
    const entries = merged([lede, 'The first cars were waved through the barriers at 7.10am.'].join('\n\n'));
    const tuesday = entries.filter((entry) => entry.date === '2026-10-13');
    expect(tuesday).toHaveLength(1);
    expect(tuesday[0]!.sources).toHaveLength(2);
  });

  it('is another happening when it tells an arrival of its own', () => {
    const arrival = 'The first lorries carrying sandbags reached the town at noon.';
    expect(reportAt(arrival, 'at noon').clear.has('arrive')).toBe(true);
    const entries = merged([lede, arrival].join('\n\n'));
    expect(entries.filter((entry) => entry.date === '2026-10-13')).toHaveLength(2);
  });

  it('reads reaching a place people go to as arriving, not water reaching the top of a wall', () => {
    const inspectors = 'Two inspectors got to the ground on Tuesday afternoon.';
    expect(reportAt(inspectors, 'on Tuesday afternoon').clear.has('arrive')).toBe(true);
    const water = 'The flood reached the top of the wall on Tuesday.';
    expect(reportAt(water, 'on Tuesday').clear.has('arrive')).toBe(false);
  });
});
