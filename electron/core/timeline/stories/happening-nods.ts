// An article that dates something by another happening ("used as a rest centre after the gas explosion at …", "the
// site of last month's flood") names that happening in passing: it is about something else. Two happenings of one town
// two weeks apart share its police, its rest centre, its streets; the later one's report names them beside its nod at
// the earlier, or in its travel box, while the earlier never tells the later's subject in its lede. When every name
// they share is one either gives only in passing, their names are no evidence of one story.

import { NOUN_PHRASE_ENDS } from '../language/noun-phrase-ends.ts';
import { type StemCount, stemOf, stemsOf } from '../language/subject-asides.ts';
import { isTimeClause } from './time-clauses.ts';

// A time told by another happening: a preposition of time before the happening's noun phrase, or the happening named
// by when it was ("last month's", "Tuesday's").
const TIME_BY_HAPPENING =
  /\b(?:after|since|before|following|during|until|in the wake of)\s+(?:the|last\s+(?:night|week|month|year|weekend|winter|spring|summer|autumn)['’]s|(?:yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+([^,;:.!?()"“”]+)/giu;
const HAPPENING_BY_TIME =
  /\b(?:last\s+(?:night|week|month|year|weekend|winter|spring|summer|autumn)|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+([^,;:.!?()"“”]+)/giu;
// Parts of a day or a season are no happening ("after the weekend", "before the end of the month").
const NO_HAPPENING = new Set(
  'end start beginning middle morning afternoon evening night weekend hour minute season summer winter spring autumn holiday break'
    .split(' ')
    .map(stemOf),
);
const PHRASE_WORDS = 4;

/**
 * The stems of the words an article names another happening by, in a sentence after its lede ("after the gas
 * explosion"), that it tells nowhere else (its headline included): what it nods at, not what it is about.
 */
export function happeningsNodded(sentences: readonly string[], countInArticle: StemCount): string[] {
  const stems = new Set<string>();
  for (const sentence of sentences.slice(1)) {
    for (const pattern of [TIME_BY_HAPPENING, HAPPENING_BY_TIME]) {
      for (const match of sentence.matchAll(pattern)) {
        const words: string[] = [];
        for (const word of match[1]!.trim().split(/\s+/)) {
          if (NOUN_PHRASE_ENDS.has(word.toLowerCase()) || words.length === PHRASE_WORDS) break;
          words.push(word);
        }
        if (isTimeClause(words)) continue;
        for (const stem of stemsOf(words.join(' '))) {
          if (!NO_HAPPENING.has(stem)) stems.add(stem);
        }
      }
    }
  }
  return [...stems].filter((stem) => countInArticle(stem) === 1);
}

/** What the rule reads of a fingerprint (stories.ts). */
export interface NoddingFacts {
  title: string;
  /** Lower-cased names it gives. */
  entities: Record<string, number>;
  /** Stems of the words of its lede. */
  lede?: readonly string[];
  /** Stems it names another happening by (`happeningsNodded`). */
  nods?: readonly string[];
  /** Names it mentions in one sentence after its lede only (names-in-passing.ts). */
  passing?: Record<string, number>;
}

/**
 * Whether `article` names `other`'s happening in passing: a word it dates something by (`nods`) is a word of the
 * other's headline or lede, and no word of the names both give; while the other's lede does not tell what `article`'s
 * headline is about: of the words that headline gives and the other's lacks, no word of a name `article` gives (the
 * volcano a town waits on) and fewer than half of the rest ("homes" told by both ledes is no one subject).
 */
export function nodsAtHappening(article: NoddingFacts, other: NoddingFacts, inCommon: readonly string[]): boolean {
  if (!article.nods?.length || !other.lede?.length) return false;
  const placeWords = new Set(inCommon.flatMap(stemsOf));
  const theirHeadline = new Set(stemsOf(other.title));
  const theirs = new Set([...theirHeadline, ...other.lede]);
  if (!article.nods.some((stem) => theirs.has(stem) && !placeWords.has(stem))) return false;
  const own = stemsOf(article.title).filter((stem) => !theirHeadline.has(stem) && !placeWords.has(stem));
  const told = own.filter((stem) => other.lede!.includes(stem));
  const nameWords = new Set(Object.keys(article.entities).flatMap(stemsOf));
  return told.length * 2 < own.length && !told.some((stem) => nameWords.has(stem));
}

/**
 * Whether one of two articles names the other's happening in passing (`nodsAtHappening`) and every name they share is
 * one that either gives only in passing: the police, a rest centre, a street named once beside the nod or in a travel
 * box are the town's, whichever happening they served. A follow-up shares its story's names in its lede or again and
 * again, whatever happening it nods at.
 */
export function onlyPassingNamesBesideAHappeningNod(
  a: NoddingFacts,
  b: NoddingFacts,
  inCommon: readonly string[],
): boolean {
  return (
    inCommon.length > 0 &&
    inCommon.every((name) => a.passing?.[name] !== undefined || b.passing?.[name] !== undefined) &&
    (nodsAtHappening(a, b, inCommon) || nodsAtHappening(b, a, inCommon))
  );
}
