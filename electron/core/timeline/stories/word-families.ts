// Words are compared by their first five letters so that "floods" and "flooded", "explosion" and "exploded" are one
// word; but "planet" and "planetarium", "water" and "waterfront", "court" and "courthouse" share those letters and
// are other words: the longer is the shorter whole, then more than an ending. A stem two openings share is a word they
// share only when some word of one and some word of the other of that stem are one word's forms.
import { stemOf } from '../language/subject-asides.ts';

// Endings that make another form of one word ("protest", "protesters"; "govern", "government"), beyond the short
// ones (three letters or fewer, "-ers", "-ing", "-ion"), which always do.
const LONG_ENDINGS = new Set(
  'ation ations ition itions ment ments ness ings ities ably ingly ively ship ships ists ance ence ances ences'.split(
    ' ',
  ),
);
// Endings a word is stripped of before one is read as the whole of the other ("planets" as "planet").
const INFLECTIONS = /(?:ies|es|s|ed|d|e)$/u;

/** Whether `longer` is `shorter` whole, then more than an ending of a form of it. */
function builtOn(shorter: string, longer: string): boolean {
  for (const base of new Set([shorter, shorter.replace(INFLECTIONS, '')])) {
    if (base.length < 4 || !longer.startsWith(base)) continue;
    const tail = longer.slice(base.length);
    if (tail.length > 3 && !LONG_ENDINGS.has(tail)) return true;
  }
  return false;
}

/** Whether two words of one stem are forms of one word, not one word and another built on it ("planetarium"). */
export function oneWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return !builtOn(shorter, longer);
}

/** The words of an article (its word counts' keys) of each stem, for the stems asked about. */
export function wordsOfStems(words: Iterable<string>, stems: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const word of words) {
    const stem = stemOf(word);
    if (!stems.has(stem)) continue;
    const list = found.get(stem);
    if (list) list.push(word);
    else found.set(stem, [word]);
  }
  return found;
}

/**
 * The stems of `shared` that two articles share as one word: some word of `a`'s of that stem and some of `b`'s are
 * forms of one word. A stem neither article's words give (the words unknown) is kept.
 */
export function stemsSharedAsOneWord(
  shared: readonly string[],
  wordsA: Iterable<string>,
  wordsB: Iterable<string>,
): string[] {
  const stems = new Set(shared);
  const [ofA, ofB] = [wordsOfStems(wordsA, stems), wordsOfStems(wordsB, stems)];
  return shared.filter((stem) => {
    const [listA, listB] = [ofA.get(stem), ofB.get(stem)];
    if (!listA || !listB) return true;
    return listA.some((a) => listB.some((b) => oneWord(a, b)));
  });
}
