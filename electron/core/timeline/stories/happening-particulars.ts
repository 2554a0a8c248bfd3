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
  /** A precise figure both give, counted or not (`isPreciseFigure`): "116" beside "116 degrees". */
  figures?: () => boolean;
  /** Any minute or day both tell, beside whatever names (moments.ts keys). */
  anyMoment?: () => boolean;
}

/**
 * What particulars in common add to two articles' similarity, given how alike their words are (`text`). Particulars
 * of two kinds (a person, a precise count or figure, a minute or day) are two coincidences at once, which two stories
 * of one town or one week do not make: in the gold set's tuned articles no pair of different stories with words at
 * all alike shares two kinds, where one of them (a day, a vote's share, a road's number) several do. They add twice.
 */
export function particularsWeight(text: number, shared: SharedParticulars): number {
  if (text < WORDS_BESIDE_PARTICULARS) return 0;
  const one = shared.people() || shared.counts() || shared.moments();
  if (kindsInCommon(shared) >= 2) return 2 * PARTICULARS_WEIGHT;
  return one ? PARTICULARS_WEIGHT : 0;
}

/** How many kinds of particulars a pair shares: people, counts or figures, moments (each kind counted once). */
function kindsInCommon(shared: SharedParticulars): number {
  if (!shared.figures && !shared.anyMoment) return 0;
  let kinds = 0;
  if (shared.people()) kinds++;
  if (shared.counts() || shared.figures?.()) kinds++;
  if (shared.anyMoment?.()) kinds++;
  return kinds;
}

// A figure above any day, hour or minute, and below the years a text tells, is no part of a date or a clock time.
const LARGEST_CLOCK_FIGURE = 59;
const YEARS = [1800, 2199];

/**
 * Whether a word of an article's terms (similarity.ts `tokenize`) is a precise figure: written in figures, above any
 * day of a month, hour or minute (so no part of "8/25" or "3:47"), not a year, and not a figure ending in zero, which
 * writers round to ("116" or "412", not "40", "2033" or "25").
 */
export function isPreciseFigure(term: string): boolean {
  if (!/^\d+$/.test(term) || term.endsWith('0')) return false;
  const value = Number(term);
  return value > LARGEST_CLOCK_FIGURE && !(value >= YEARS[0]! && value <= YEARS[1]!);
}

/** Whether two articles' terms share a precise figure (`isPreciseFigure`). */
export function figureInCommon(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  for (const term of Object.keys(a)) if (b[term] !== undefined && isPreciseFigure(term)) return true;
  return false;
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

/** What `particularsInCommon` reads of a fingerprint (stories.ts). */
export interface ParticularFacts {
  terms: Readonly<Record<string, number>>;
  counted?: Readonly<Record<string, number>>;
  moments?: readonly string[];
  leading?: readonly string[];
  people?: readonly string[];
}

/** The particulars two fingerprints share, each read only when asked. */
export function particularsInCommon(a: ParticularFacts, b: ParticularFacts): SharedParticulars {
  return {
    people: () => personInCommon(a.people, b.people),
    counts: () => Object.keys(a.counted ?? {}).some((thing) => thing in (b.counted ?? {}) && isPreciseCount(thing)),
    moments: () => momentBesideAnOpeningName(a, b),
    figures: () => figureInCommon(a.terms, b.terms),
    anyMoment: () => momentInCommon(a.moments, b.moments),
  };
}

/** Whether two articles tell any one minute or day (moments.ts keys). */
export function momentInCommon(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !!a?.length && !!b?.length && a.some((moment) => b.includes(moment));
}
