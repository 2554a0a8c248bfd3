// A report that dates a happening only by pointing at it as known, by a count from a day its sentence tells ("reopened
// this morning, three days after a rockfall buried both lanes") or by the day owning it ("after Sunday's rockfall"),
// names the happening its article tells elsewhere in words of its own: the two are not told apart for sharing few
// words, and join another outlet's report of it. Written for this test; the outlets publish on Wednesday 14 October
// 2026.
import { describe, expect, it } from 'vitest';
import { pointsAtKnownHappening } from '../../../electron/core/timeline/merging/known-happening.ts';
import { joining, merged } from './outlets.ts';

/** Whether the date told by `dateWords` in `sentence` points at a happening as known, beside the other dates given. */
function points(sentence: string, dateWords: string, ...otherDates: string[]): boolean {
  const span = (words: string) => ({ start: sentence.indexOf(words), end: sentence.indexOf(words) + words.length });
  return pointsAtKnownHappening(sentence, span(dateWords), otherDates.map(span));
}

describe('a happening pointed at as known', () => {
  it('joins the rockfall a lede counts back to with its own article’s telling and another outlet’s', () => {
    const entries = merged(
      [
        'The coast road at Penrock reopened to traffic this morning, three days after a rockfall buried both lanes.',
        'About 40 drivers were stranded behind the debris when boulders thundered down the cliff on Sunday evening.',
      ].join('\n\n'),
      'A rockfall buried both lanes of the coast road near Penrock on Sunday evening, stranding 40 drivers.',
    );
    const sunday = entries.filter((entry) => entry.date === '2026-10-11');
    expect(sunday).toHaveLength(1);
    expect(sunday[0]!.sources).toHaveLength(3);
  });

  it('joins a happening named by its day with its own article’s telling, whatever hour the next day gives', () => {
    const entries = merged(
      [
        'Tenants of Marram House who fled after Sunday’s gas leak on the fourth floor were let back in at 9 a.m. on Monday.',
        'Tenant Ana Ruiz smelled gas on the landing and called the fire brigade at 6:20 p.m. on Sunday.',
      ].join('\n\n'),
      'Firefighters cleared Marram House on Sunday evening after tenant Ana Ruiz reported a gas leak on its fourth floor.',
    );
    const sunday = joining(entries, '2026-10-11', 'outlet-1', 'outlet-2');
    expect(sunday).toHaveLength(1);
    expect(sunday[0]!.sources).toHaveLength(3);
  });

  it('reads a count from a day its sentence tells, or a day owning a happening, as pointing at it', () => {
    const count = 'The ferry sailed again on Friday, four days after a storm tore its moorings loose.';
    expect(points(count, 'four days after a storm tore its moorings', 'Friday')).toBe(true);
    const owned = 'Shops shut after Monday’s flood opened again yesterday.';
    expect(points(owned, 'Monday', 'yesterday')).toBe(true);
  });

  it('reads a count that dates its sentence’s own deed as no pointer', () => {
    // No other date in the sentence: the count dates the finding from a day told before.
    const alone = 'A second hiker was found by a mountain team 20 hours after the slide.';
    expect(points(alone, '20 hours after the slide')).toBe(false);
    // The happening counted from has a date of its own: the count dates the sentence's deed.
    const dated = 'The seat was declared shortly after 2 a.m., six hours after polls closed on Thursday.';
    expect(points(dated, 'six hours after polls closed', 'Thursday')).toBe(false);
  });
});
