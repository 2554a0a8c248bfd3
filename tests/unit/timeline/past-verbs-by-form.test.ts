// A past verb is told by its form: any irregular past the tagger's dictionary knows ("tore", "swept", "drove"), not a
// list of the verbs news happens to use; and a relative clause's past before the main clause's verb ("Families who
// lost their homes can apply …") describes who is meant, not the time of the clause. Written for this test; the
// outlet publishes on Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { datesOfSentence as datesOf } from './outlets.ts';

describe('past verbs by their form', () => {
  it('puts a weekday after an irregular past back in the past, past an earlier forward cue', () => {
    const text = 'The club, which will move to a new ground next season, tore down its old stand on Monday.';
    expect(datesOf(text, 'The club')).toEqual(['2026-10-12']);
    const swept = 'The lifeboat crew, who will be honoured in spring, swept the bay for a missing kayaker on Sunday.';
    expect(datesOf(swept, 'The lifeboat')).toEqual(['2026-10-11']);
  });

  it('reads a relative clause’s past before the main verb as who is meant', () => {
    expect(datesOf('Families who lost their homes can apply for grants from Monday.', 'Families')).toEqual([
      '2026-10-19',
    ]);
  });

  it('keeps the time a relative clause tells of its own deed', () => {
    const text =
      'The school will stay shut through Friday while engineers replace the boiler that leaked gas on Monday.';
    expect(datesOf(text, 'The school')).toEqual(['2026-10-12', '2026-10-16']);
  });
});
