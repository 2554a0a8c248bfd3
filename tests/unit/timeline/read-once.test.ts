import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { keptReadings } from '../../../electron/core/timeline/language/kept-readings.ts';
import { verbPhrasesOf } from '../../../electron/core/timeline/language/verb-phrases.ts';

describe('a reading of a sentence kept for the next pair that asks', () => {
  it('reads each sentence once however many reports it is compared with', () => {
    const read: string[] = [];
    const lengthOf = keptReadings((sentence: string) => {
      read.push(sentence);
      return sentence.length;
    });
    for (let pair = 0; pair < 5; pair++) {
      expect(lengthOf('The ferry left Skerrow at dawn.')).toBe(31);
      expect(lengthOf('Crews reopened the causeway.')).toBe(28);
    }
    expect(read).toEqual(['The ferry left Skerrow at dawn.', 'Crews reopened the causeway.']);
  });

  it('keeps only the latest sentences, reading an older one again when asked', () => {
    const read: string[] = [];
    const upper = keptReadings((sentence: string) => {
      read.push(sentence);
      return sentence.toUpperCase();
    }, 2);
    for (const sentence of ['one', 'two', 'three', 'three', 'one']) upper(sentence);
    expect(read).toEqual(['one', 'two', 'three', 'one']);
  });
});

describe("a sentence's verb phrases", () => {
  it("give each verb's words, infinitive, auxiliary and negation as compromise's own verbs().json() does", () => {
    for (const sentence of [
      'The lifeboat was launched from Porthcarn at 6 a.m. and crews had not given up by dusk.',
      'Bin crews in Thrushmere walked out on Monday, and the council said it would keep talking.',
      'The old pier came down overnight; engineers were still shoring up the harbour wall.',
    ]) {
      const doc = nlp(sentence);
      const theirs = (doc.verbs().json({ offset: true }) as { terms: unknown[]; verb: Record<string, unknown> }[]).map(
        ({ terms, verb }) => ({
          terms,
          verb: { infinitive: verb.infinitive, auxiliary: verb.auxiliary, negative: verb.negative },
        }),
      );
      const ours = verbPhrasesOf(nlp(sentence)).map(({ terms, verb }) => ({ terms, verb }));
      const withoutIds = (value: unknown) =>
        JSON.parse(JSON.stringify(value, (key, v) => (key === 'id' ? undefined : v)));
      expect(withoutIds(ours)).toEqual(withoutIds(theirs));
      expect(ours.length).toBeGreaterThan(1);
    }
  });
});
