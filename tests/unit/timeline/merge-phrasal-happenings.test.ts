// Two outlets telling one happening, one in a phrase of several words ("sent the treasurer to prison", "set fire to the
// chapel", "gave the go-ahead") and the other in one word ("jailed", "torched", "approved"), or one in the passive of a
// verb that alone tells little ("was taken from the library", "was shown to the public"), are joined; the phrases'
// other meanings stay apart. Written for this test: each outlet tells two happenings of Monday 12 October 2026 and
// publishes on Wednesday 14 October, so no report is all its article tells of that day.
import { describe, expect, it } from 'vitest';
import { merged } from './outlets.ts';

/** Whether the first sentences of two two-sentence articles land in one entry of Monday, and the second ones too. */
function pairsJoined(first: [string, string], second: [string, string]): [boolean, boolean] {
  const entries = merged(first.join(' '), second.join(' ')).filter((entry) => entry.date === '2026-10-12');
  const holds = (sentence: 0 | 1) =>
    entries.some((entry) =>
      [first, second].every((_, i) =>
        entry.sources.some(
          (source) =>
            source.articleId === `outlet-${i + 1}` && (sentence === 0 ? source.start === 0 : source.start > 0),
        ),
      ),
    );
  return [holds(0), holds(1)];
}

describe('happenings told in phrases of several words', () => {
  it.each([
    [
      ['A judge sent the former harbourmaster to prison on Monday.', 'Storm damage shut the pier on Monday.'],
      ['Ewan Pryde was jailed on Monday.', 'The pier was closed on Monday.'],
    ],
    [
      ['Arsonists set fire to the Baptist chapel on Monday.', 'The mayor resigned on Monday.'],
      ['Vandals torched a disused church on Monday.', 'The mayor quit on Monday.'],
    ],
    [
      ['The regulator gave the go-ahead to a nasal flu vaccine on Monday.', 'The chief executive resigned on Monday.'],
      ['A spray against influenza was approved on Monday.', 'The agency boss quit on Monday.'],
    ],
  ] as [string, string][][])('joins "%s" with the other outlet’s one word for it', (first, second) => {
    expect(pairsJoined(first!, second!)).toEqual([true, true]);
  });

  it('keeps a player sent off apart from a man jailed', () => {
    const [deeds] = pairsJoined(
      ['The referee sent the Rovers captain off on Monday.', 'The stand roof was repaired on Monday.'],
      ['A Rovers fan was jailed on Monday.', 'Roofers mended the stand on Monday.'],
    );
    expect(deeds).toBe(false);
  });
});

describe('deeds told in the passive of a verb that alone tells little', () => {
  it.each([
    [
      ['A first folio was taken from the county library on Monday.', 'The mayor resigned on Monday.'],
      ['Burglars stole a rare Shakespeare edition on Monday.', 'The mayor quit on Monday.'],
    ],
    [
      ['The restored altarpiece was shown to the public on Monday.', 'The dean resigned on Monday.'],
      ['The cathedral unveiled a medieval painting on Monday.', 'The dean quit on Monday.'],
    ],
  ] as [string, string][][])('joins "%s" with the other outlet’s active deed', (first, second) => {
    expect(pairsJoined(first!, second!)).toEqual([true, true]);
  });

  it('keeps a patient taken to hospital apart from a painting stolen', () => {
    const [deeds] = pairsJoined(
      ['A pensioner was taken to hospital on Monday.', 'The mayor resigned on Monday.'],
      ['Burglars stole a painting from a gallery on Monday.', 'The mayor quit on Monday.'],
    );
    expect(deeds).toBe(false);
  });
});
