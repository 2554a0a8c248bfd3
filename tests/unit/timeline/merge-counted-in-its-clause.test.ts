// A time counted from another happening ("within hours of the burst") dates the deed of its own clause, also when the
// sentence's other dates only bound something ("until the end of the month"); beside a day of the sentence's own ("on
// Tuesday, the day after the fire", "…, campaigners delivered a petition on Tuesday") it dates the happening counted
// from. Written for this test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../electron/core/timeline/extraction/event-reports.ts';
import { joining, merged } from './outlets.ts';

const NO_ENTITIES = { people: [], organizations: [], places: [] };

/** The report of `dateWords` in `text`, with `otherWords` as another date of the sentence. */
function reportBeside(text: string, dateWords: string, otherWords: string) {
  const [at, other] = [text.indexOf(dateWords), text.indexOf(otherWords)];
  return reportOf(
    { text, start: 0, end: text.length, dateStart: at, dateEnd: at + dateWords.length, entities: NO_ENTITIES },
    [{ start: other, end: other + otherWords.length }],
  );
}

describe('a time counted from another happening', () => {
  it('tells the deed of its clause, though the sentence names a limit elsewhere', () => {
    const text =
      'The gas board cut off supplies to the street within hours of the blast and says they will stay off until the end of the month.';
    const report = reportBeside(text, 'within hours of the blast', 'the end of the month');
    expect(report.actions.has('erupt')).toBe(false);
  });

  it('tells the happening counted from when it stands beside the sentence’s own day', () => {
    const text = 'Inspectors began a review on Tuesday, the day after the fire gutted the depot.';
    const report = reportBeside(text, 'the day after the fire gutted the depot', 'Tuesday');
    expect(report.clear.has('fire')).toBe(true);
  });

  it('keeps a road closed within hours of a burst apart from the burst', () => {
    const entries = merged(
      'A water main burst under Harlow Road on Monday, flooding twelve cellars.',
      'A water main burst under Harlow Road in Denford on Monday. ' +
        'The water board closed the road within hours of the burst and says it will stay shut until the end of the month.',
    );
    const [entry] = joining(entries, '2026-10-12', 'outlet-1', 'outlet-2');
    expect(entry?.sources.map((source) => source.text)).not.toContainEqual(expect.stringContaining('closed the road'));
  });
});

describe('a time counted back from the sentence’s own day', () => {
  it('tells the happening counted from when the other date is no limit', () => {
    const text =
      'A week after voters agreed to close the pool, campaigners delivered a petition to the town hall on Tuesday.';
    const report = reportBeside(text, 'A week after voters', 'Tuesday');
    expect(report.clear.has('vote')).toBe(true);
  });
});
