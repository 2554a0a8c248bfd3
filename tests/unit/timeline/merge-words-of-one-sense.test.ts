// Two outlets telling one happening in words no hand list groups ("buckled", "collapsed") are joined by WordNet's
// senses (happening-senses.ts), while a word's rarer senses ("fired" a manager, "fired" shots) and words the hand lists
// tell apart stay apart. Written for this test: each outlet tells two happenings of Monday 12 October 2026 and
// publishes on Wednesday 14 October.
import { describe, expect, it } from 'vitest';
import { wordsMeet } from '../../../electron/core/timeline/merging/happening-senses.ts';
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

const verb = (lemma: string) => ({ lemma, wordClass: 'verb' as const });
const noun = (lemma: string) => ({ lemma, wordClass: 'noun' as const });

describe('happenings told in words of one sense', () => {
  it.each([
    [
      ['Engineers said the span buckled on Monday.', 'The ferry service was suspended on Monday.'],
      ['The structure collapsed on Monday, engineers said.', 'Sailings were halted on Monday.'],
    ],
    [
      ['Meltwater flooded the lower town on Monday.', 'The mayor resigned on Monday.'],
      ['Low-lying streets were inundated on Monday.', 'The mayor stepped down on Monday.'],
    ],
    [
      ['The company acquired its rival on Monday.', 'Its chief executive quit on Monday.'],
      ['The firm bought a competitor on Monday.', 'The boss resigned on Monday.'],
    ],
  ] as [string, string][][])('joins "%s" with the other outlet’s words for it', (first, second) => {
    expect(pairsJoined(first!, second!)).toEqual([true, true]);
  });

  it('keeps a manager sacked apart from shots fired: "fire" mostly means shooting', () => {
    const [deeds] = pairsJoined(
      ['The club sacked its manager on Monday.', 'The stand roof was repaired on Monday.'],
      ['Police fired shots at a van on Monday.', 'Roofers mended the stand on Monday.'],
    );
    expect(deeds).toBe(false);
  });

  it('meets words of one sense, a noun and its verb, and a kind of deed and its kind', () => {
    expect(wordsMeet(verb('jail'), verb('imprison'))).toBe(true);
    expect(wordsMeet(noun('earthquake'), noun('quake'))).toBe(true);
    expect(wordsMeet(noun('arrest'), verb('arrest'))).toBe(true);
    expect(wordsMeet(verb('shoot'), verb('kill'))).toBe(true);
  });

  it('meets no rarer sense, no sibling kind and no words the hand lists tell apart', () => {
    expect(wordsMeet(verb('sack'), verb('fire'))).toBe(false);
    expect(wordsMeet(verb('rise'), verb('fall'))).toBe(false);
    expect(wordsMeet(verb('declare'), verb('sentence'))).toBe(false);
    expect(wordsMeet(verb('jail'), verb('jail'))).toBe(false);
  });
});
