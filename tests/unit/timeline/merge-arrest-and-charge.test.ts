// An arrest and a charge of one day are two happenings when the story tells them apart (one outlet tells the arrest in
// the afternoon and the charge that night); where no outlet does, one outlet's "arrested" and another's "charged" may be
// their words for the one step the story tells, and stay joined.
import { describe, expect, it } from 'vitest';
import { legalStepOf } from '../../../electron/core/timeline/merging/arrest-and-charge.ts';
import { joining, merged } from './outlets.ts';

const MONDAY = '2026-10-12';
type Source = { text: string; start: number; end: number };
// A source's own sentence: its text may take in the sentence before.
const sentenceOf = (s: Source) => s.text.slice(s.text.length - (s.end - s.start));
const both = (entry: { sources: Source[] }) =>
  entry.sources.some((s) => /arrested/.test(sentenceOf(s))) && entry.sources.some((s) => /charged/.test(sentenceOf(s)));

describe('the step of a case a sentence tells', () => {
  it('reads a charge, an arrest, both or neither', () => {
    expect(legalStepOf('A 52-year-old woman was charged on Monday with criminal damage.')).toBe('charge');
    expect(legalStepOf('Prosecutors charged the driver with careless driving on Monday.')).toBe('charge');
    expect(legalStepOf('Officers arrested a 52-year-old woman on Monday.')).toBe('arrest');
    expect(legalStepOf('She was detained on Monday near the depot.')).toBe('arrest');
    expect(legalStepOf('She was arrested and charged on Monday.')).toBeUndefined();
    // A battery charged, a crowd charging police lines: no case.
    expect(legalStepOf('The scooter was charged overnight on Monday.')).toBeUndefined();
    expect(legalStepOf('Protesters charged at police lines on Monday.')).toBeUndefined();
  });
});

describe('an arrest and a charge of one day', () => {
  const apart = [
    'Police arrested a 52-year-old woman outside the Harrow Lane depot on Monday afternoon. She was charged late on Monday with criminal damage.',
    'A 52-year-old woman was charged on Monday with criminal damage to the Harrow Lane depot, police said.',
  ];

  it('shows a charge apart from the arrest when an outlet tells them as two steps of the day', () => {
    const entries = merged(...apart).filter((entry) => entry.date === MONDAY);
    expect(entries.filter(both)).toEqual([]);
    // The charge told by both outlets is still one entry.
    expect(
      joining(entries, MONDAY, 'outlet-1', 'outlet-2').filter((e) =>
        e.sources.every((s) => /charged/.test(sentenceOf(s))),
      ),
    ).toHaveLength(1);
  });

  it('still joins one outlet’s arrest and another’s charge when no outlet tells the two apart', () => {
    const entries = merged(
      'Police arrested a 52-year-old woman outside the Harrow Lane depot on Monday over the fire.',
      'A 52-year-old woman was charged on Monday over the fire at the Harrow Lane depot.',
    );
    expect(joining(entries, MONDAY, 'outlet-1', 'outlet-2').filter(both)).toHaveLength(1);
  });

  it('still joins an arrest and a charge told together with either step told alone', () => {
    const entries = merged(
      'Police arrested a 52-year-old woman outside the Harrow Lane depot on Monday afternoon. She was charged late on Monday with criminal damage.',
      'A 52-year-old woman was arrested and charged on Monday over damage to the Harrow Lane depot.',
    );
    expect(joining(entries, MONDAY, 'outlet-1', 'outlet-2')).not.toEqual([]);
  });
});
