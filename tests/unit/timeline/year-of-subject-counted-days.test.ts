// A sentence opening on next or last year's happening puts a day that names its month in that year ("Next year's show
// will be held on 14 November"), but a day counted from the page ("on Monday", "yesterday", "last week", "two days
// ago") is a day of the page's own week, whatever the subject. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

// The page: Wednesday 14 October 2026.
describe('days counted from the page in a sentence about another year’s happening', () => {
  it('keeps a weekday in the page’s week', () => {
    expect(datesOf("Next year's marathon route was unveiled on Monday.", "Next year's")).toContain('2026-10-12');
    expect(datesOf("Last year's winner returned to the club on Tuesday.", "Last year's")).toContain('2026-10-13');
  });

  it('keeps "yesterday", "last week" and "days ago" counted from the page', () => {
    expect(datesOf("This year's carnival was called off yesterday.", "This year's")).toEqual(['2026-10-13']);
    const ago = datesOf("Last year's regatta results were overturned two days ago.", "Last year's");
    expect(ago).toContain('2026-10-12');
    expect(datesOf("Next year's tournament was handed to Corlby last week.", "Next year's")).toContain('2026-10-05');
  });

  it('still puts a day naming its month in the happening’s year', () => {
    expect(datesOf("Next year's flower show will open on 3 June.", "Next year's")).toEqual(['2027-06-03']);
  });
});
