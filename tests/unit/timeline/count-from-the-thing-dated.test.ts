// A count from a named thing ("the night before the final") whose sentence dates that very thing ("the cup final
// played on Saturday") counts from that date, the thing told by its word or a clipped form of it (exam, examination).
// A date of the sentence's own deed still puts the named event the count's way back ("issued on Monday, two days after
// lightning sparked the fire"). Written for this test; the outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('a count from the thing its sentence dates', () => {
  it('counts from that thing’s date', () => {
    const text =
      'The league voided the cup final played on Saturday, after two players were paid the night before the final.';
    expect(datesOf(text, 'The league')).toEqual(['2026-10-09', '2026-10-10']);
  });

  it('knows the thing by a clipped form of its word', () => {
    const text =
      'The college annulled the examination sat on Monday after the paper leaked the evening before the exam.';
    expect(datesOf(text, 'The college')).toEqual(['2026-10-11', '2026-10-12']);
  });

  it('still puts the named event back from the sentence’s own deed', () => {
    const text = 'The warning was issued on Monday, two days after lightning sparked the fire.';
    expect(datesOf(text, 'The warning')).toEqual(['2026-10-10', '2026-10-12']);
  });
});
