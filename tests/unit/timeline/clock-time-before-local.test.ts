// "a.m." or "p.m." ends its sentence unless the clock time goes on with its zone: "at 9 p.m. local time" or "9 p.m.
// local," goes on; "at 2 a.m. Local residents were …" opens a new sentence on the adjective. Sentences written for this
// test.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/timeline/language/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('"Local" after a clock time', () => {
  it('opens a new sentence when it describes a noun', () => {
    expect(texts('The blaze took hold at 2 a.m. Local families were moved to the school hall.')).toEqual([
      'The blaze took hold at 2 a.m.',
      'Local families were moved to the school hall.',
    ]);
  });

  it('goes on with the clock time as its zone', () => {
    expect(texts('The quake struck at 4.10 a.m. local time on Sunday.')).toHaveLength(1);
    expect(texts('The quake struck at 4.10 a.m. local, the agency said.')).toHaveLength(1);
  });
});
