// Whether two people an article tells can be one: read from what fingerprints keep, with no tagger, so that
// comparing stories (on every library open) loads none of what reading an opening needs (opening-protagonists.ts).
import type { Role, Sex } from './protagonist-words.ts';

/** One person an opening tells, as far as its words tell them. */
export interface Protagonist {
  sex?: Sex;
  /** The youngest and oldest they may be ("44" → [44, 44], "in his thirties" → [30, 39]). */
  ages?: [number, number];
  /** Lower-cased. */
  surname?: string;
}

/** The opening's protagonists by part; a part the opening gives to more than one person is `'several'`. */
export type OpeningCast = Partial<Record<Role, Protagonist | 'several'>>;

/** A person an article tells after its opening, in a part, with something told of them. */
export interface ToldPerson extends Protagonist {
  role: Role;
}

/**
 * Two people who cannot be one: a sex, an age or a surname that differs, and neither an age nor a surname alike (an
 * age given two years apart is one age corrected).
 */
export function conflict(p: Protagonist, q: Protagonist): boolean {
  const ages = p.ages && q.ages ? (agesApart(p.ages, q.ages) ? 'apart' : 'alike') : undefined;
  const surnames = p.surname && q.surname ? (p.surname === q.surname ? 'alike' : 'apart') : undefined;
  if (ages === 'alike' || surnames === 'alike') return false;
  return ages === 'apart' || surnames === 'apart' || (p.sex !== undefined && q.sex !== undefined && p.sex !== q.sex);
}

// Ages this far apart are one person's told twice (an age corrected the next day, a birthday between two reports).
export const AGE_LEEWAY = 2;

/** Two spans of age more than `AGE_LEEWAY` years apart. */
export function agesApart(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] - b[1] > AGE_LEEWAY || b[0] - a[1] > AGE_LEEWAY;
}
