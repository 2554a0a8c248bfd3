// Two happenings of one place a day apart share its scene: the town, the headland, the police and fire officers, the
// lifeboat's coxswain, the priest of the church nearby. An article about one of them may name the other's people too,
// in a sentence after its opening ("the volunteers had been searching for the skipper lost on Tuesday"). What tells a
// reader they are two is that each opens on its own: one opens on a name of its own (a close, a rock, a yard) that the
// other never gives, every name they share it gives only after its opening (or is a place, or a name both open on),
// and neither headline tells a word of what the other opens on. Follow-ups of one happening tell it in their headlines
// ("skipper's body recovered", "man charged with arson") or open on its people; reports of one happening share them.
import { keptStemsOf } from '../language/kept-stems.ts';

/** What the rule reads of a fingerprint: its headline, its lede's stems, and the names it gives and where. */
export interface SceneFacts {
  title: string;
  /** Stems of the words of its lede. */
  lede?: readonly string[];
  /** Names its headline or lede gives. */
  leading?: readonly string[];
  /** Names the tagger takes for places. */
  places?: readonly string[];
  /** The days its opening tells (opening-days.ts), read by days-of-their-own.ts. */
  openingDays?: readonly string[];
}

/**
 * Whether the names two articles share are only the scene of two happenings (`names` of the article are read to know
 * its names; `nameWords`, the words of the names either gives, only when needed): then they count as one name, as
 * the town both happen in does. Two names or more in common, neither headline telling the other's opening, and one
 * article opening on a name of its own beside the shared names it gives only later.
 */
export function namesOfTheScene(
  a: SceneFacts,
  b: SceneFacts,
  inCommon: readonly string[],
  names: { a: (name: string) => boolean; b: (name: string) => boolean },
  nameWords: () => Iterable<string>,
): boolean {
  if (inCommon.length < 2) return false;
  if (!opensApart(a, b, inCommon, names.b) && !opensApart(b, a, inCommon, names.a)) return false;
  const nameStems = new Set([...nameWords()].flatMap((name) => keptStemsOf(name)));
  return !headlineTells(a, b, nameStems) && !headlineTells(b, a, nameStems);
}

/**
 * Whether `article` opens on a name `other` never gives (`otherNames` says which it gives), and gives each name they
 * share only after its opening, unless the name is a place or one `other` opens on too.
 */
export function opensApart(
  article: SceneFacts,
  other: SceneFacts,
  inCommon: readonly string[],
  otherNames: (name: string) => boolean,
): boolean {
  const leading = article.leading ?? [];
  if (!leading.some((name) => !otherNames(name))) return false;
  const isPlace = (name: string) => article.places?.includes(name) || other.places?.includes(name);
  return inCommon.every((name) => !leading.includes(name) || isPlace(name) || other.leading?.includes(name));
}

/** Whether a word of `article`'s headline, not a word of a name, is a word of `other`'s headline or lede. */
function headlineTells(article: SceneFacts, other: SceneFacts, nameStems: ReadonlySet<string>): boolean {
  const opening = new Set([...keptStemsOf(other.title), ...(other.lede ?? [])]);
  return keptStemsOf(article.title).some((stem) => opening.has(stem) && !nameStems.has(stem));
}
