// A structure that simply "went" ("when the roof went at 3.40am") fell, as one that gave way did; not one that went up,
// on or to someone. Written for this test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('a structure that went', () => {
  it('tells a collapse, and one that went up or to auction does not', () => {
    const went = 'Night porter Sam Ellery was in the lodge when the chapel roof went at 3.40am on Monday.';
    expect(reportAt(went, 'at 3.40am on Monday').clear.has('collapse')).toBe(true);
    const built = 'The new roof went up on Monday in a single day.';
    expect(reportAt(built, 'on Monday').clear.has('collapse')).toBe(false);
    const sold = 'The old chapel roof went to auction on Monday.';
    expect(reportAt(sold, 'on Monday').clear.has('collapse')).toBe(false);
  });

  it('joins the porter’s moment with the lede and its hour', () => {
    const entries = merged(
      [
        'The roof of St Anne’s chapel in Ravenmoor caved in early on Monday.',
        'It gave way shortly after 3.30am.',
        'Night porter Sam Ellery was in the lodge when the roof went at 3.40am.',
      ].join('\n\n'),
      'The chapel roof in Ravenmoor gave way at 3.40am on Monday.',
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.sources).toHaveLength(4);
  });
});
