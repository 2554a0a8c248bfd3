// A day in figures with no year is read the way its clause's tense allows: what "will" happen lies ahead and what was
// done lies behind, even when the other reading is nearer the day the article speaks from; "set for" a day names one.
// Written for this test; the outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('days in figures read by the tense of their clause', () => {
  it('reads a day that will come as the reading ahead', () => {
    const sentence = 'The restored chapel will welcome its first visitors on 10/11, with guided tours every hour.';
    expect(datesOf(sentence, 'The restored chapel')).toEqual(['2026-11-10']);
  });

  it('reads a deed done on a day as the reading behind, up to half a year back', () => {
    const sentence = 'The society launched its roof appeal on 7/12, and the target was met by the summer.';
    expect(datesOf(sentence, 'The society')).toEqual(['2026-07-12']);
    const farther = 'The parish opened its bell fund on 12/5 with a coffee morning.';
    expect(datesOf(farther, 'The parish')).toEqual(['2026-05-12']);
  });

  it('reads a day something is set for', () => {
    const sentence = 'A hearing on the bypass is set for 10/28 at 6 p.m. in the library annex.';
    expect(datesOf(sentence, 'A hearing')).toEqual(['2026-10-28']);
  });

  it('reads a day behind when a deed is told after the plan, nearer the day (written for this test)', () => {
    const sentence = 'The craft fair had been set for 24/10 but was called off after the barn roof leaked on 29/9.';
    expect(datesOf(sentence, 'The craft fair')).toContain('2026-09-29');
  });

  it('reads the end a past deed sets as the reading ahead (written for this test)', () => {
    const sentence = 'A woman was charged with arson on Monday and has been released on bail until 9/11.';
    expect(datesOf(sentence, 'A woman')).toEqual(['2026-10-12', '2026-11-09']);
  });
});
