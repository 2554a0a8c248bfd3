import type { Expansion } from './search-types.ts';
import type { Vocabulary } from './vocabulary.ts';

const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** A short prefix or a fuzzy word may stand for thousands of words: the commonest are searched. */
const MAX_EXPANSIONS = 30;

/**
 * The ids a query word may stand for: itself, its completions when typed last (`prefix`), near
 * spellings (`fuzzy`), each weighted as MiniSearch weighs them. `frequency` says how many articles
 * hold a word, so that the commonest candidates are kept.
 */
export function expandWord(
  vocabulary: Vocabulary,
  frequency: (word: number) => number,
  word: string,
  prefix: boolean,
  fuzzy: boolean,
): Expansion[] {
  const weights = new Map<number, number>();
  const exact = vocabulary.find(word);
  if (exact !== undefined) weights.set(exact, 1);
  const offer = (candidates: Iterable<[string, number]>, weightOf: (candidate: string) => number) => {
    const ranked = [...candidates]
      .filter(([, id]) => !weights.has(id))
      .sort((a, b) => frequency(b[1]) - frequency(a[1]))
      .slice(0, MAX_EXPANSIONS);
    for (const [candidate, id] of ranked) weights.set(id, weightOf(candidate));
  };
  if (prefix && word.length >= 2) {
    offer(vocabulary.dictionary.atPrefix(word).entries(), (candidate) => {
      const distance = candidate.length - word.length;
      return (PREFIX_WEIGHT * candidate.length) / (candidate.length + 0.3 * distance);
    });
  }
  if (fuzzy && word.length >= 5) {
    const near = vocabulary.dictionary.fuzzyGet(word, Math.round(word.length * 0.2));
    const distances = new Map([...near].map(([candidate, [, distance]]) => [candidate, distance]));
    offer(
      [...near].map(([candidate, [id]]) => [candidate, id] as [string, number]),
      (candidate) => (FUZZY_WEIGHT * candidate.length) / (candidate.length + distances.get(candidate)!),
    );
  }
  return [...weights].map(([id, weight]) => ({ word: id, weight }));
}
