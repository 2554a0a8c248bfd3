// Two happenings of one town share the town's names and nothing else: a bus depot fire on the street of a substation
// that burned the week before, told by the same paper. The later one names the earlier once, as an aside ("generators
// bought after the substation fire that blacked out the town"), and the earlier never names the later's subject at all.
// A follow-up of one happening names it in its lede, or more than once, whatever other words it tells it in.
import { tokenize } from './similarity.ts';

/** What the rule reads of a fingerprint (stories.ts): its headline, its lede's word stems and its word counts. */
export interface SubjectFacts {
  title: string;
  /** Stems of the words of the lede (the first sentence of the text after any page furniture). */
  lede?: readonly string[];
}

/** How many times an article's text (headline included) gives a word of this stem. */
export type StemCount = (stem: string) => number;

// Words are compared by their first letters, so that "blacks out" and "blacked out", "floods" and "flooded" are one.
const STEM_LENGTH = 5;

/** A word's stem, as the rule compares words. */
export function stemOf(word: string): string {
  return word.slice(0, STEM_LENGTH);
}

/** The stems of a text's content words (no figures: a headline's subject is told in words), each once. */
export function stemsOf(text: string): string[] {
  return [...new Set(tokenize(text).flatMap((word) => (/^\p{L}/u.test(word) ? [stemOf(word)] : [])))];
}

/**
 * How many times an article gives each stem, from its word counts (tokenized as `stemsOf` tokenizes), read only when
 * first asked: most pairs of articles share more than a town's names and are never asked.
 */
export function stemCounter(terms: () => Iterable<readonly [string, number]>): StemCount {
  let counts: Map<string, number> | undefined;
  return (stem) => {
    if (!counts) {
      counts = new Map();
      for (const [term, count] of terms()) {
        if (!/^\p{L}/u.test(term)) continue;
        const key = stemOf(term);
        counts.set(key, (counts.get(key) ?? 0) + count);
      }
    }
    return counts.get(stem) ?? 0;
  };
}

/**
 * Whether `article` names `other`'s subject only as an aside: of the words `other`'s headline gives and `article`'s
 * does not, those `article` tells at all it tells once each and not in its lede, and one of them is no word of the
 * names both give (`placeWords`: a nod at the other's valley is no nod at its fire); while `other` never tells a word
 * of what `article`'s own headline gives and `other`'s does not. Each then leads with a happening of its own, and one
 * nods at the other's. A word both tell again and again is what the two happenings have in common (a fire each), not
 * either's subject, and is left out of `article`'s.
 */
export function namesSubjectAsAside(
  article: SubjectFacts,
  other: SubjectFacts,
  countInArticle: StemCount,
  countInOther: StemCount,
  placeWords: ReadonlySet<string> = new Set(),
): boolean {
  if (!article.lede?.length || !other.lede?.length) return false;
  const headline = new Set(stemsOf(article.title));
  const theirHeadline = new Set(stemsOf(other.title));
  const shared = (stem: string) => countInArticle(stem) > 1 && countInOther(stem) > 1;
  const own = [...headline].filter((stem) => !theirHeadline.has(stem) && !shared(stem));
  const theirs = [...theirHeadline].filter((stem) => !headline.has(stem));
  if (own.length === 0 || own.some((stem) => countInOther(stem) > 0)) return false;
  const told = theirs.filter((stem) => countInArticle(stem) > 0);
  return (
    told.some((stem) => !placeWords.has(stem)) &&
    told.every((stem) => countInArticle(stem) === 1 && !article.lede!.includes(stem))
  );
}

/** What tells a town's names: the names the tagger takes for places, and the headline. */
export interface PlaceFacts {
  title: string;
  places?: readonly string[];
}

/**
 * Whether every name two articles share is the place's: a name the tagger takes for a place, or one both headlines give
 * (the town both happen in).
 */
export function onlyTownNames(a: PlaceFacts, b: PlaceFacts, inCommon: readonly string[]): boolean {
  const place = (name: string) =>
    a.places?.includes(name) ||
    b.places?.includes(name) ||
    (a.title.toLowerCase().includes(name) && b.title.toLowerCase().includes(name));
  return inCommon.length > 0 && inCommon.every(place);
}

/**
 * Whether every name two articles share is the place's (`onlyTownNames`), and one names the other's subject only as an
 * aside. Then their names are no evidence of one story: two happenings of one town share its names.
 */
export function townNamesBesideAnAside(
  a: SubjectFacts & PlaceFacts,
  b: SubjectFacts & PlaceFacts,
  inCommon: readonly string[],
  countInA: StemCount,
  countInB: StemCount,
): boolean {
  return onlyTownNames(a, b, inCommon) && asideEitherWay(a, b, inCommon, countInA, countInB);
}

/** Whether either of two articles that share only a town's names (`inCommon`) names the other's subject as an aside. */
export function asideEitherWay(
  a: SubjectFacts,
  b: SubjectFacts,
  inCommon: readonly string[],
  countInA: StemCount,
  countInB: StemCount,
): boolean {
  const placeWords = new Set(inCommon.flatMap(stemsOf));
  return (
    namesSubjectAsAside(a, b, countInA, countInB, placeWords) ||
    namesSubjectAsAside(b, a, countInB, countInA, placeWords)
  );
}
