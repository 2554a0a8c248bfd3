// Particulars only one happening owns: the people two articles both name in full, the precise counts both give, and a
// day or minute both tell beside a name both open on (the village, the ship, the company the happening befell).
// A town's two happenings share its streets, council and police, and two towns' strikes share "the union", but the
// driver quoted, the engineer hurt, the mediator named are the happening's own; so are "14 miners" or "87 votes",
// counted one by one, where a round figure ("40 homes", "300 people") is what a writer estimates for any happening; and
// the day a ship caught fire, told beside the ship's name in both openings, is that fire's.
// Yet someone of a place (its governor, its council leader) is named in several of its stories, and any two stories may
// give one figure or one day: only beside words not unalike do particulars in common tell one story (in the gold set's
// tuned articles, pairs of different stories share at most 0.18 of their words beside a person, 0.24 beside a round
// count, none a precise count, and 0.1 beside a day and a name both open on; pairs of one story sharing any, at least
// 0.2).

/** How much particulars in common add to the similarity of two articles. */
export const PARTICULARS_WEIGHT = 0.1;
// Words (TF-IDF cosine) at least this alike, beside particulars in common, are one story's.
const WORDS_BESIDE_PARTICULARS = 0.2;
// "Two men", "three miles": counts this small are everyday, whatever is counted.
const SMALLEST_PRECISE = 4;

/** The people an article names in full (a given name and a surname), lower-cased as its entities are keyed. */
export function peopleInFull(people: readonly string[], entities: Readonly<Record<string, number>>): string[] {
  return people.map((name) => name.toLowerCase()).filter((key) => key.includes(' ') && entities[key] !== undefined);
}

/**
 * Whether a counted thing ("14 miner", as counted-things.ts keys it) is counted one by one: at least four, and not a
 * figure ending in zero, which writers round to.
 */
export function isPreciseCount(counted: string): boolean {
  const number = counted.slice(0, counted.indexOf(' '));
  return /^\d+$/.test(number) && Number(number) >= SMALLEST_PRECISE && !number.endsWith('0');
}

/** The particulars a pair shares, as the caller finds them: read only when the words are alike enough to matter. */
export interface SharedParticulars {
  people: () => boolean;
  counts: () => boolean;
  moments: () => boolean;
}

/** What particulars in common add to two articles' similarity, given how alike their words are (`text`). */
export function particularsWeight(text: number, shared: SharedParticulars): number {
  if (text < WORDS_BESIDE_PARTICULARS) return 0;
  return shared.people() || shared.counts() || shared.moments() ? PARTICULARS_WEIGHT : 0;
}

/** Whether two lists of people named in full have one in common. */
export function personInCommon(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a?.length && !!b?.length && a.some((person) => b.includes(person));
}

/**
 * Whether two articles tell one day or minute (moments.ts keys) beside a name both give in their headline or lede: the
 * happening's own day, where one day beside a name one gives in passing is the calendar's coincidence.
 */
export function momentBesideAnOpeningName(
  a: { moments?: readonly string[]; leading?: readonly string[] },
  b: { moments?: readonly string[]; leading?: readonly string[] },
): boolean {
  if (!a.moments?.length || !b.moments?.length || !a.leading?.length || !b.leading?.length) return false;
  return a.moments.some((moment) => b.moments!.includes(moment)) && a.leading.some((name) => b.leading!.includes(name));
}
