// A clock time dated by the sentence told just before goes by the day of that sentence's main clause, not by a day told
// in a relative clause about its subject: after "The ferry that ran aground on Sunday was refloated today", "Tugs
// pulled it clear at 6.20am" is today's. Near misses keep the day told: one main clause with no relative one, a relative
// clause told after the main clause's day. Written for this test; published on Wednesday 11 March 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const datesOf = (text: string, words: string): string[] =>
  extractEvents(text, { publishedAt: '2026-03-11T15:00:00Z', savedAt: '2026-03-11T15:00:00Z' })
    .filter((event) => text.slice(event.start, event.end).includes(words))
    .map((event) => event.date);

describe('a clock time after a day told in a relative clause', () => {
  it('takes the day of the main clause told after it', () => {
    const text =
      'The ferry that ran aground off Skerry Point on Sunday was refloated today. Tugs pulled it clear at 6.20am.';
    expect(datesOf(text, 'Tugs pulled')).toEqual(['2026-03-11']);
    const strikers =
      'Porters who walked out at the infirmary on Monday went back to work on Wednesday. The first shift began at 7am.';
    expect(datesOf(strikers, 'The first shift')).toEqual(['2026-03-11']);
  });

  it('keeps the day told when no relative clause tells it', () => {
    const text = 'The ferry ran aground off Skerry Point on Sunday and was refloated today. Tugs reached it at 6.20am.';
    expect(datesOf(text, 'Tugs reached')).toEqual(['2026-03-08']);
    const after =
      'Porters went back to work on Monday at the infirmary that flooded in the storm. The first shift began at 7am.';
    expect(datesOf(after, 'The first shift')).toEqual(['2026-03-09']);
  });
});
