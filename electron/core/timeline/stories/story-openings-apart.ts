// Two reports of one happening both tell what happened in their openings, whatever else they tell: the ferry, the
// strike, the recall, the fire is in each headline or lede ("ferry drifts", "ferry towed into port"). Two happenings
// of one town or one country open on different things ("marches for its jobs", "keeps its second engine") and share
// there only the names of the place and its bodies, which is all that joins them when their words as a whole are
// only a little alike. In the gold set's tuned articles, of the pairs at least half as alike as one story's need to
// be whose openings share no word but names, the two of different stories that would join have words 0.24 and 0.25
// alike; those of one story that join, 0.29 and more (one of 0.24 joins through a third article).

import { keptStemsOf } from '../language/kept-stems.ts';
import type { OpeningFacts } from './opening-words.ts';
import { stemsSharedAsOneWord } from './word-families.ts';

// Words (TF-IDF cosine) at least this alike tell one happening even where the openings share no word but names.
export const WORDS_WITHOUT_AN_OPENING_WORD = 0.27;

/** An opening, with the article's words (its word counts) when known, to tell "planet" from "planetarium". */
export interface OpeningWords extends OpeningFacts {
  terms?: Readonly<Record<string, number>>;
}

/**
 * Whether two articles' openings (headline and lede, by stem) share no word other than the words of names either
 * article gives (`names`, read only when needed): then what they open on is two things. A stem both give as two words,
 * one built on the other (word-families.ts), is no word shared.
 */
export function openingsShareNoWord(a: OpeningWords, b: OpeningWords, names: () => Iterable<string>): boolean {
  const other = new Set([...keptStemsOf(b.title), ...(b.lede ?? [])]);
  const stems = [...new Set([...keptStemsOf(a.title), ...(a.lede ?? [])])].filter((stem) => other.has(stem));
  const shared =
    a.terms && b.terms && stems.length > 0
      ? stemsSharedAsOneWord(stems, Object.keys(a.terms), Object.keys(b.terms))
      : stems;
  if (shared.length === 0) return true;
  const nameStems = new Set([...names()].flatMap((name) => keptStemsOf(name)));
  return shared.every((stem) => nameStems.has(stem));
}

/**
 * Whether a pair that would join (`score` at or above `threshold`) does so on names alone: its words not alike enough
 * by themselves, no count, moment or particular in common, openings not telling one happening beside a rare name, and
 * openings sharing no word but names. Read only for pairs that would join, so that most pairs cost nothing more.
 */
export function joinsOnPlaceNamesAlone(
  pair: { score: number; text: number; sameCounts: boolean; particulars: number; opening: boolean },
  threshold: number,
  openingsApart: () => boolean,
): boolean {
  return (
    pair.score >= threshold &&
    pair.text < WORDS_WITHOUT_AN_OPENING_WORD &&
    !pair.sameCounts &&
    pair.particulars === 0 &&
    !pair.opening &&
    openingsApart()
  );
}
