// Two reports of one happening open on it: each headline or lede names the same rare name (the village a train came
// off the rails at, the drug whose trial stopped) and tells what happened there in words both openings give
// ("derailment", "collapsed copper mine", "stalled cable car"), whatever else each outlet goes on to tell. A reader
// joins them on sight, where their words as a whole (one a wire's report, the other a blog's notes for neighbours)
// and their names (an outlet's own people) may be only a little alike. Two happenings of one town name the town in
// their openings too, but the town is named by more of the library, and what they open on is told in other words (a
// fire and a march share the town and little else); one word in common ("closed", "strike") is what many stories
// share, so it takes two.
import { keptStemsOf } from '../language/kept-stems.ts';

/** What the rule reads of a fingerprint (stories.ts): its headline, its lede's word stems and its leading names. */
export interface OpeningFacts {
  title: string;
  /** Stems of the words of the lede (subject-asides.ts `stemsOf`). */
  lede?: readonly string[];
  /** Names its headline or lede gives (names-in-passing.ts). */
  leading?: readonly string[];
}

/** How much two openings telling one happening add to the similarity of two articles. */
export const OPENING_WEIGHT = 0.05;
// A name the library's inverse document frequency weighs at least this is given by at most one article in 33:
// the idf is ln((1 + articles) / (1 + articles naming it)) + 1. A town's name, an outlet's home, is given more often.
const RARE_NAME_IDF = 1 + Math.log(33);
// Words of the happening, other than names, that both openings must give.
const OPENING_WORDS = 2;

/**
 * Whether two articles open on one happening: a name rare in the library (`entityIdf`) in both openings, beside at
 * least two other words (by stem) both openings give. Words of any name either article gives (`names`, read only
 * when a rare name is shared) are names, not what happened.
 */
export function openingsTellOneHappening(
  a: OpeningFacts,
  b: OpeningFacts,
  entityIdf: (name: string) => number,
  names: () => Iterable<string>,
): boolean {
  if (!shareARareLeadingName(a, b, entityIdf)) return false;
  const nameStems = new Set([...names()].flatMap((name) => keptStemsOf(name)));
  const other = new Set([...keptStemsOf(b.title), ...(b.lede ?? [])]);
  let shared = 0;
  for (const stem of new Set([...keptStemsOf(a.title), ...(a.lede ?? [])])) {
    if (other.has(stem) && !nameStems.has(stem) && ++shared >= OPENING_WORDS) return true;
  }
  return false;
}

/** Whether both openings give a name the library rarely gives: the first thing `openingsTellOneHappening` asks. */
export function shareARareLeadingName(
  a: Pick<OpeningFacts, 'leading'>,
  b: Pick<OpeningFacts, 'leading'>,
  entityIdf: (name: string) => number,
): boolean {
  return (a.leading ?? []).some((name) => b.leading?.includes(name) && entityIdf(name) >= RARE_NAME_IDF);
}
