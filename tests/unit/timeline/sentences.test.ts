import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/timeline/language/sentences.ts';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe('sentence splitting', () => {
  it('keeps offsets that point back at each sentence in the text', () => {
    const text = 'The bridge closed.  The ferry began.\n\nA footbridge opened on Thursday.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(texts(text)).toEqual(['The bridge closed.', 'The ferry began.', 'A footbridge opened on Thursday.']);
  });

  it('does not split after titles, initials or month abbreviations', () => {
    expect(texts('Dr. Lena Okafor led the inspection on Jan. 5 with Mr. Reiner. It went well.')).toEqual([
      'Dr. Lena Okafor led the inspection on Jan. 5 with Mr. Reiner.',
      'It went well.',
    ]);
    expect(texts('Vice President J.D. Vance has shifted his tone. Moscow noticed.')).toEqual([
      'Vice President J.D. Vance has shifted his tone.',
      'Moscow noticed.',
    ]);
  });

  it('splits after "U.S." or "p.m." only when a new sentence plainly starts', () => {
    expect(texts('He struck a deal with the U.S. President Trump welcomed it.')).toHaveLength(1);
    expect(texts('Aid came from the U.S. The talks went on.')).toEqual([
      'Aid came from the U.S.',
      'The talks went on.',
    ]);
    expect(texts('Calling stopped by 11 p.m. In the city, it ran on.')).toEqual([
      'Calling stopped by 11 p.m.',
      'In the city, it ran on.',
    ]);
  });

  it('does not split decimals and keeps quotations with their closing marks', () => {
    expect(texts('The river peaked at 6.4 metres. “It is fine, it works.” She smiled.')).toEqual([
      'The river peaked at 6.4 metres.',
      '“It is fine, it works.”',
      'She smiled.',
    ]);
    expect(texts('“Why now?” she asked. Nobody answered.')).toEqual(['“Why now?” she asked.', 'Nobody answered.']);
  });

  it('keeps state and month abbreviations of a dateline, "St." and "U.S." before a lower-case word in one sentence', () => {
    expect(
      texts(
        'PELL VALLEY, Calif., Aug. 12 (Wirepoint) — A wildfire forced 6,000 people from their homes. ' +
          "Dr. Hannah Vogel of St. Alder's Hospital said the risk was low. For U.S. exporters the timing is poor.",
      ),
    ).toEqual([
      'PELL VALLEY, Calif., Aug. 12 (Wirepoint) — A wildfire forced 6,000 people from their homes.',
      "Dr. Hannah Vogel of St. Alder's Hospital said the risk was low.",
      'For U.S. exporters the timing is poor.',
    ]);
  });

  it('ends a sentence after "a.m." or "p.m." unless the clock time goes on with its day or zone', () => {
    expect(texts('The ferry docked at 9.40 p.m. Passengers were kept aboard for an hour.')).toEqual([
      'The ferry docked at 9.40 p.m.',
      'Passengers were kept aboard for an hour.',
    ]);
    expect(texts('Counting ended at 2 a.m. Harwood won by 41 votes.')).toHaveLength(2);
    expect(texts('A vigil is planned for 7 p.m. Saturday at the park.')).toHaveLength(1);
    expect(texts('The launch is set for 6:15 a.m. EDT from the coast.')).toHaveLength(1);
    expect(texts('Polls close at 8 p.m. Eastern time in most states.')).toHaveLength(1);
    expect(texts('Trading resumed at 10 a.m. March 3 after the outage.')).toHaveLength(1);
  });
});
