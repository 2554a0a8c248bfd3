// Two happenings of one town a day apart share its court, its post office, its police and the officials who speak for
// them, and their names join them: a siege at the post office and a stand-off in a block of flats the next night, both
// ended by the same superintendent; two defendants before the same magistrates. What keeps them apart is whom they
// happened to: a reader sees at once that "a man in his thirties" who barricaded himself in a flat is not the
// "44-year-old local man" arrested at the post office. Two openings (opening-protagonists.ts) whose suspects, or whose
// victims, cannot be one person (two sexes, ages more than two years apart, two surnames) tell two happenings when
// neither article names the other's anywhere: a follow-up that does ("Bexwith's co-accused", "a 44-year-old man was also
// arrested") may tell one story of two people. An age corrected the next day is one age; a protagonist told only by
// role or surname in a follow-up has nothing to conflict with.

import { tokenize } from '../language/word-tokens.ts';
import { agesApart, conflict, type Protagonist, type ToldPerson } from './protagonist-conflict.ts';
import type { Role, Sex } from './protagonist-words.ts';

/** What a fingerprint keeps of its opening's protagonists, and of the people it tells anywhere. */
export interface ProtagonistFacts {
  suspect?: Protagonist;
  victim?: Protagonist;
  /** The ages it gives people anywhere ("a 44-year-old", "Orsett, 61,"). */
  ages?: number[];
  /** The sexes its nouns for people tell anywhere ("a woman customer", "two men"). */
  sexes?: Sex[];
  /** People its later sentences tell in a part who are not its opening's protagonist of that part. */
  others?: ToldPerson[];
}

/** An article as the rule reads it: its protagonists, and whether it names a word anywhere (a surname). */
export interface CastArticle {
  protagonists?: ProtagonistFacts;
}

/**
 * Whether two articles' openings tell protagonists of one part (two suspects, or two victims) who cannot be one person,
 * neither article naming the other's anywhere (`names(article, word)`: whether it names that word). Read first from
 * what fingerprints keep; the names only for the few pairs whose protagonists conflict.
 */
export function protagonistsApart<A extends CastArticle>(
  a: A,
  b: A,
  names: (article: A, word: string) => boolean,
): boolean {
  if (!a.protagonists || !b.protagonists) return false;
  return (['suspect', 'victim'] as const).some((role) => apartIn(role, a, b, names));
}

function apartIn<A extends CastArticle>(role: Role, a: A, b: A, names: (article: A, word: string) => boolean): boolean {
  const [p, q] = [a.protagonists![role], b.protagonists![role]];
  if (!p || !q || !conflict(p, q)) return false;
  return !toldIn(p, b, names) && !toldIn(q, a, names);
}

/**
 * Whether the article tells the other's protagonist anywhere: by surname, by age, as someone its later sentences tell
 * in a part, or (one told by sex alone) by a noun of that sex.
 */
function toldIn<A extends CastArticle>(
  person: Protagonist,
  article: A,
  names: (article: A, word: string) => boolean,
): boolean {
  const { ages = [], sexes = [], others = [] } = article.protagonists!;
  if (person.surname && names(article, person.surname)) return true;
  // Someone it tells after its opening who may be them ("a man arrested on Friday has been released").
  if (others.some((other) => !conflict(person, other))) return true;
  const span = person.ages;
  if (span && ages.some((age) => !agesApart([age, age], span))) return true;
  return !person.surname && !span && person.sex !== undefined && sexes.includes(person.sex);
}

/** Whether a fingerprint's names or words hold a word (a surname): as a word of a name, or as a word it counts. */
export function namesWord(
  article: { entities: Readonly<Record<string, number>>; terms: Readonly<Record<string, number>> },
  word: string,
): boolean {
  const [token] = tokenize(word);
  if (token !== undefined && article.terms[token] !== undefined) return true;
  return Object.keys(article.entities).some((name) => name.split(/\s+/).includes(word));
}
