// Which verb a date belongs to, and its doer and what it was done to, read past asides, words describing a noun and
// clauses of other verbs. Sentences written for this test, not taken from the probes or the gold articles.
import { describe, expect, it } from 'vitest';
import { dateClauseAt } from '../../../electron/core/timeline/merging/date-clause.ts';

/** The clause of the date told by `dateWords` in `sentence`. */
function clauseOf(sentence: string, dateWords: string) {
  const at = sentence.indexOf(dateWords);
  return dateClauseAt(sentence, at, at + dateWords.length);
}

describe('the clause a date belongs to', () => {
  it('reads past an aside between the verb and the date', () => {
    const clause = clauseOf(
      'The county planning board approved Harrowgate Quay, a 40-berth marina on the north shore, on Tuesday.',
      'on Tuesday',
    );
    expect(clause).toMatchObject({ verb: 'approve', doer: { head: 'board' }, doneTo: { head: 'quay' } });
  });

  it('dates the verb of a clause of its own, not the sentence’s main verb', () => {
    const clause = clauseOf(
      'Thousands of commuters could face delays after the rail operator cancelled its night services yesterday.',
      'yesterday',
    );
    expect(clause).toMatchObject({ verb: 'cancel', doer: { head: 'operator' } });
  });

  it('dates the saying, not what was said, when the date follows the speech verb', () => {
    expect(clauseOf('The brewery said on Monday that it would shut its bottling hall.', 'on Monday')?.verb).toBe('say');
  });

  it('leaves out words describing the subject', () => {
    expect(
      clauseOf(
        'A minibus carrying eleven pensioners to a garden show overturned on the bypass on Sunday.',
        'on Sunday',
      ),
    ).toMatchObject({ verb: 'overturn', doer: { head: 'minibus' } });
    expect(
      clauseOf(
        'A fraudster who cheated pensioners out of £90,000 was jailed at Hallam Crown Court on Friday.',
        'on Friday',
      ),
    ).toMatchObject({ verb: 'jail', passive: true, doneTo: { head: 'fraudster' } });
  });

  it('reads a relative clause holding the date as that clause', () => {
    expect(clauseOf('The footbridge, which was approved on Friday, will cost £4m.', 'on Friday')).toMatchObject({
      verb: 'approve',
      doneTo: { head: 'footbridge' },
    });
  });

  it('leaves out what followed, told in a participle after a comma', () => {
    expect(
      clauseOf(
        'Flames tore through a timber yard in Kelso on Monday, forcing 30 families from their homes.',
        'on Monday',
      ),
    ).toMatchObject({ verb: 'tear', doer: { head: 'flames' }, doneTo: { head: 'yard' } });
  });

  it('reads what an object was declared to be as no verb of its own', () => {
    expect(clauseOf('Inspectors declared the Harland footbridge unsafe on Monday.', 'on Monday')).toMatchObject({
      verb: 'declare',
      doneTo: { head: 'footbridge' },
    });
    expect(clauseOf('Examiners declared the Ostley pier fire deliberate on Monday.', 'on Monday')).toMatchObject({
      verb: 'declare',
      doneTo: { head: 'fire' },
    });
  });

  it('reads the clause a verb of saying or finding tells, its subject and whether it tells what that was', () => {
    expect(
      clauseOf('The coroner ruled on Monday that the crash on the Dunmore road had been caused by ice.', 'on Monday')
        ?.told,
    ).toMatchObject({ subject: { head: 'crash' }, stative: true });
    expect(
      clauseOf('Officials said on Monday the storm had torn roofs from 40 homes in Harland.', 'on Monday')?.told,
    ).toMatchObject({ subject: { head: 'storm' }, stative: false });
  });
});
