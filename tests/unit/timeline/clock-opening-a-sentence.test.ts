// A sentence that opens with a clock time ("At 10 p.m.", "By 6 a.m.", "Shortly after 9 p.m.") has told no more than when
// by its "p.m.": the capitalised word after it goes on the same sentence ("At 10 p.m. European monitors reported …",
// "By 6 a.m. Red Cross teams had …"), whether or not it could be a zone ("Eastern European monitors"). A clock time
// that ends a clause still ends its sentence ("The polls closed at 10 p.m. Electoral officials began counting.").
// Written for this test.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/timeline/language/sentences.ts';

const split = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('a clock time opening a sentence', () => {
  it.each([
    ['At 10 p.m. European monitors reported shelling near the border.', 'Officials denied it.'],
    ['At 10 p.m. Eastern European monitors reported shelling near the border.', 'Officials denied it.'],
    ['By 6 a.m. Red Cross teams had reached the village.', 'The road was still closed.'],
    ['Shortly after 9.30 p.m. Harbour Street was cleared.', 'Nobody was hurt.'],
  ])('goes on past its "a.m." or "p.m.": %s', (first, second) => {
    expect(split(`${first} ${second}`)).toEqual([first, second]);
  });

  it('ends with a clock time that ends a clause', () => {
    expect(split('The polls closed at 10 p.m. Electoral officials began counting.')).toEqual([
      'The polls closed at 10 p.m.',
      'Electoral officials began counting.',
    ]);
  });
});
