// A preposition of time before a clause ("before the tide turned") tells when, not another happening to nod at.
import { describe, expect, it } from 'vitest';
import { countTerms, tokenize } from '../../../electron/core/timeline/language/similarity.ts';
import { stemCounter } from '../../../electron/core/timeline/language/subject-asides.ts';
import { happeningsNodded } from '../../../electron/core/timeline/stories/happening-nods.ts';
import { isTimeClause } from '../../../electron/core/timeline/stories/time-clauses.ts';

describe('time clauses after a preposition of time', () => {
  it('tells a clause from a happening’s noun phrase', () => {
    expect(isTimeClause(['wind', 'dropped'])).toBe(true);
    expect(isTimeClause(['tide', 'turned'])).toBe(true);
    expect(isTimeClause(['fog', 'rose'])).toBe(true);
    expect(isTimeClause(['gas', 'explosion'])).toBe(false);
    expect(isTimeClause(['flooded', 'basement'])).toBe(false);
  });

  it('reads no nod in "before the wind dropped", and still reads one in "after the gas explosion"', () => {
    const sentences = [
      'Crews stopped a grass fire on Brackley Common on Friday.',
      'The flames reached the allotments before the wind dropped on Friday night.',
      'The hall, used as a rest centre after the gas explosion in March, took in six families.',
    ];
    const nods = happeningsNodded(
      sentences,
      stemCounter(() => Object.entries(countTerms(tokenize(sentences.join(' '))))),
    );
    expect(nods).not.toContain('wind');
    expect(nods).toContain('explo');
  });
});
