// Particulars only one happening owns: the people two articles both name in full, and the precise counts both give.
// A town's two happenings share its streets, council and police, and two towns' strikes share "the union", but the
// driver quoted, the engineer hurt, the mediator named are the happening's own; so are "14 miners" or "87 votes",
// counted one by one, where a round figure ("40 homes", "300 people") is what a writer estimates for any happening.
// Yet someone of a place (its governor, its council leader) is named in several of its stories, and any two stories may
// give one figure: only beside words not unalike do particulars in common tell one story (in the gold set's tuned
// articles, pairs of different stories sharing a person or a count share at most 0.18 of their words beside a person
// and 0.24 beside a round count, and none shares a precise count; pairs of one story sharing either, at least 0.2).

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
}

/** What particulars in common add to two articles' similarity, given how alike their words are (`text`). */
export function particularsWeight(text: number, shared: SharedParticulars): number {
  if (text < WORDS_BESIDE_PARTICULARS) return 0;
  return shared.people() || shared.counts() ? PARTICULARS_WEIGHT : 0;
}

/** Whether two lists of people named in full have one in common. */
export function personInCommon(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a?.length && !!b?.length && a.some((person) => b.includes(person));
}
