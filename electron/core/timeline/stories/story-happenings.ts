// What happened, as each article's opening tells it (opening-happenings.ts), read for grouping stories. Two outlets
// rarely tell one happening in the same words ("Earthquake shakes Sarrow", "Insurers field claims after valley
// tremor"; "a cave-in", "the tunnel collapsed"), so their words and names may be too unalike to join them, though a
// reader sees at once that both open on the one quake or collapse of one place in one week. And two happenings of one
// school or one mayor (a fire in the science block and the board's vote on the sixth form; a third-term bid and a car
// hit at a junction) share the person or the body by name, which is then no evidence of one story: their openings
// tell a happening to things and a decision of a body, and nothing of the other.
import { keptStemsOf } from '../language/kept-stems.ts';
import { tokenize } from '../language/similarity.ts';
import { personInCommon } from './happening-particulars.ts';
import { isOneHappening, isPhysical, kindOf } from './opening-happenings.ts';

/** What the rules read of a fingerprint (stories.ts). */
export interface HappeningFacts {
  title: string;
  publishedAt: string | null;
  /** Stems of the words of the lede (subject-asides.ts `stemsOf`). */
  lede?: readonly string[];
  /** What the opening tells happened, as "kind:stem" (opening-happenings.ts). */
  happenings?: readonly string[];
  /** People it names in full (happening-particulars.ts). */
  people?: readonly string[];
}

/**
 * What one happening told in other words in both openings, beside a name both give, adds to their similarity: half the
 * join threshold, so that words a third alike (less than two stories of one town share) and a name in common join.
 */
export const SAME_HAPPENING_WEIGHT = 0.15;
// Reports of one quake, collapse or spill come within days of each other; the follow-ups weeks on tell it as past.
const CLOSE_DAYS = 10;
const DAY = 86_400_000;
// A name's word the library's inverse document frequency weighs at least this is in at most one article in 33 (as
// opening-words.ts weighs names): a village's or a river's ("Sarrow", "Casny"), not a word names are made of ("river").
const RARE_WORD_IDF = 1 + Math.log(33);
// Decisions of a body or its people, told as what an opening is about: a vote, a strike, an award, an appointment, a
// resignation, an oath, jobs cut, a person sacked or suspended (sinkings-and-sanctions.ts). Not talks nor an agreement, which follow a happening to things as often as not ("families could
// be home by Monday after the council agreed…").
const DECISIONS = new Set(['vote', 'strike', 'award', 'appoint', 'resign', 'sworn', 'layoff', 'dismiss', 'sanction']);
// Happenings one town has every few days (a house fire and a barn fire, two crashes, two burst mains): told beside the
// town alone they may be two; beside a person both name in full, one.
const EVERYDAY = new Set(['fire', 'impact', 'fault']);

/**
 * What two openings telling one happening to things in other words add: a kind both tell (a quake), told by a word
 * one gives and the other does not ("tremor"), in articles published within days of each other, that share a name
 * (`nameInCommon`, read only then: one both name, or a name's word in both openings, `nameInBothOpenings`); for an
 * everyday kind (a fire), a person both name in full. The same words for it are already in their words' likeness.
 */
export function sameHappeningWeight(
  a: Omit<HappeningFacts, 'lede'>,
  b: Omit<HappeningFacts, 'lede'>,
  nameInCommon: () => boolean,
): number {
  if (!a.happenings?.length || !b.happenings?.length) return 0;
  const told = (facts: HappeningFacts, kind: string) =>
    facts.happenings!.filter((entry) => kindOf(entry) === kind).join(' ');
  const kinds = new Set(
    a.happenings
      .map(kindOf)
      .filter((kind) => isOneHappening(kind) && (!EVERYDAY.has(kind) || personInCommon(a.people, b.people))),
  );
  const inOtherWords = [...new Set(b.happenings.map(kindOf))].some(
    (kind) => kinds.has(kind) && told(a, kind) !== told(b, kind),
  );
  // Dates are read last: most pairs tell no kind in common.
  if (!inOtherWords || !closeInTime(a, b)) return 0;
  return nameInCommon() ? SAME_HAPPENING_WEIGHT : 0;
}

/**
 * Whether one opening tells only happenings to things (a fire, a burst main, a crash) and the other only decisions of
 * a body or its people (a vote, a strike, an award): two happenings, whatever person or body both name.
 */
export function clearlyDifferentHappenings(a: HappeningFacts, b: HappeningFacts): boolean {
  if (!a.happenings?.length || !b.happenings?.length) return false;
  const kinds = (facts: HappeningFacts) => (facts.happenings ?? []).map(kindOf);
  const physical = (list: string[]) => list.length > 0 && list.every(isPhysical);
  const decisions = (list: string[]) => list.length > 0 && list.every((kind) => DECISIONS.has(kind));
  const [one, other] = [kinds(a), kinds(b)];
  return (physical(one) && decisions(other)) || (decisions(one) && physical(other));
}

/** Whether a kind is a decision of a body or its people (a vote, a strike, an award), as `DECISIONS` lists them. */
export function isDecision(kind: string): boolean {
  return DECISIONS.has(kind);
}

function closeInTime(a: Pick<HappeningFacts, 'publishedAt'>, b: Pick<HappeningFacts, 'publishedAt'>): boolean {
  const gap = Math.abs(Date.parse(a.publishedAt ?? '') - Date.parse(b.publishedAt ?? ''));
  return gap <= CLOSE_DAYS * DAY;
}

/**
 * Whether both openings give a rare word (`idf`) of a name either article gives (`names`): "Sarrow" in one lede, "the
 * Sarrow valley" in the other, though only one of them took it for a name.
 */
export function nameInBothOpenings(
  a: Pick<HappeningFacts, 'title' | 'lede'>,
  b: Pick<HappeningFacts, 'title' | 'lede'>,
  names: () => Iterable<string>,
  idf: (word: string) => number,
): boolean {
  const opening = (facts: Pick<HappeningFacts, 'title' | 'lede'>) =>
    new Set([...keptStemsOf(facts.title), ...(facts.lede ?? [])]);
  const [openingA, openingB] = [opening(a), opening(b)];
  const inBoth = (word: string) => keptStemsOf(word).some((stem) => openingA.has(stem) && openingB.has(stem));
  return [...names()].some((name) => tokenize(name).some((word) => inBoth(word) && idf(word) >= RARE_WORD_IDF));
}
