// What a phrase naming an event ("two days after the vote", "the night before the attack") shares with the sentences
// that tell events: actions, word stems, names, and the compounds a word may be the end of.
import { actionOfWord, actionPhrases, isNameWord, stemOf } from '../language/actions.ts';
import { isStopword } from '../language/similarity.ts';

// How much a shared action, a shared word and a shared name say that two phrases tell one event.
const SHARED_ACTION = 3;
const SHARED_WORD = 1;
const SHARED_NAME = 0.5;
// Keys of words a compound may end with ("attack" of "cyberattack"), told apart from word stems.
const COMPOUND = '+';
const COMPOUND_HEAD = 4;
// Letters a compound has before the word it ends with: a word of its own ("land" of "landslip", "cyber" of
// "cyberattack"). Three are a syllable or a modifier that makes another thing ("sup-port", "air-port", "gun-fire"):
// "the port" is not the airport.
const COMPOUND_START = 4;

/**
 * The actions, word stems and names of a text, each with how much sharing it counts; with `compounds`, also the words
 * a compound may end with ("the attack" names what another sentence calls "a cyberattack", "the quake" an "earthquake").
 */
export function signature(text: string, compounds = false): Map<string, number> {
  const out = new Map<string, number>();
  for (const phrase of actionPhrases(text)) out.set(`@${phrase.action}`, SHARED_ACTION);
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0];
    const action = isNameWord(text, match.index) ? undefined : actionOfWord(word);
    if (action) out.set(`@${action}`, SHARED_ACTION);
    const lower = word.toLowerCase();
    if (lower.length < 3 || isStopword(lower)) continue;
    const weight = /^\p{Lu}/u.test(word) ? SHARED_NAME : SHARED_WORD;
    out.set(stemOf(lower), Math.max(out.get(stemOf(lower)) ?? 0, weight));
    if (compounds && lower.length >= COMPOUND_HEAD && /^\p{L}+$/u.test(lower)) out.set(COMPOUND + lower, SHARED_WORD);
  }
  return out;
}

/**
 * What the compounds of a sentence share with a signature's words ("cyberattack" with "the attack"), each weighted by
 * how close to the date it is told (`near`, by word stem).
 */
export function compoundsShared(
  wanted: ReadonlyMap<string, number>,
  sentence: string,
  near: ReadonlyMap<string, number>,
): number {
  const heads = [...wanted.keys()].filter((key) => key.startsWith(COMPOUND)).map((key) => key.slice(1));
  if (heads.length === 0) return 0;
  let score = 0;
  for (const word of sentence.match(/\p{L}+/gu) ?? []) {
    const lower = word.toLowerCase();
    const head = heads.find((h) => lower.length >= h.length + COMPOUND_START && lower.endsWith(h));
    if (head) score += (near.get(stemOf(lower)) ?? 0) * wanted.get(COMPOUND + head)!;
  }
  return score;
}
