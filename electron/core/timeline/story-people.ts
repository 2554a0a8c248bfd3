// People two articles both name in full are one story's people: a town's two happenings share its streets, council
// and police, and two towns' strikes share "the union", but the driver quoted, the engineer hurt, the mediator named
// are the happening's own. A person named by given name and surname is one person, where a town is many stories'.
// Yet someone of a place (its governor, its council leader) is named in several of its stories, told in other words:
// only beside words not unalike does a person in common tell one story (in the gold set's tuned articles, pairs of
// different stories naming one person share at most 0.18 of their words, pairs of one story at least 0.2).

/** How much a person both articles name in full adds to the similarity of two articles. */
export const SAME_PERSON_WEIGHT = 0.1;
// Words (TF-IDF cosine) at least this alike, beside a person in common, are one story's.
const WORDS_BESIDE_A_PERSON = 0.2;

/** The people an article names in full (a given name and a surname), lower-cased as its entities are keyed. */
export function peopleInFull(people: readonly string[], entities: Readonly<Record<string, number>>): string[] {
  return people.map((name) => name.toLowerCase()).filter((key) => key.includes(' ') && entities[key] !== undefined);
}

/** What a person in common adds to two articles' similarity, given how alike their words are (`text`). */
export function samePersonWeight(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
  text: number,
): number {
  if (!a?.length || !b?.length || text < WORDS_BESIDE_A_PERSON) return 0;
  return a.some((person) => b.includes(person)) ? SAME_PERSON_WEIGHT : 0;
}
