// Whom something was for ("a minute's silence for Tobias Renn") did not do it: that name says nothing of who acted, so
// it does not keep a meeting apart from another outlet's report of it naming who spoke. Written for this test.
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../electron/core/timeline/extraction/event-reports.ts';

function peopleActing(text: string, dateWords: string, people: string[]): string[] {
  const at = text.indexOf(dateWords);
  const entities = { people, organizations: [], places: [] };
  const report = reportOf(
    { text, start: 0, end: text.length, dateStart: at, dateEnd: at + dateWords.length, entities },
    [],
  );
  return [...report.people];
}

describe('whom something was for', () => {
  it('is not who acted', () => {
    const text = 'Saturday’s meeting began at 7 p.m. with a minute’s silence for Tobias Renn, who died on the ridge.';
    expect(peopleActing(text, 'Saturday', ['Tobias Renn'])).toEqual([]);
  });

  it('leaves who acted', () => {
    const text = 'Tobias Renn opened Saturday’s meeting at 7 p.m. with a minute’s silence.';
    expect(peopleActing(text, 'Saturday', ['Tobias Renn'])).toEqual(['tobias renn']);
  });
});
