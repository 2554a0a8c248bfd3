// An official quoted in two stories is weak evidence that they are one. An observatory's director speaks for it when it
// finds a planet and again when its visitor centre closes; a race director comments on a crash and on a rider's
// positive test. Whom both name only after their openings (not in a headline or lede) is someone who comments on what
// happened, not what happened to them; when the openings share no word but names (story-openings-apart.ts), that person
// ties two happenings of one place, as its name does. Someone an opening names ("Rail minister quits") is the story's.
import { type ParticularFacts, particularsInCommon, particularsWeight } from './happening-particulars.ts';

/** What the rule reads of a fingerprint: the people it names in full and the names its headline or lede gives. */
export interface PeopleFacts {
  people?: readonly string[];
  leading?: readonly string[];
}

/** Whether two articles name a person in full in common whom either names in its headline or lede. */
export function personOfAnOpening(a: PeopleFacts, b: PeopleFacts): boolean {
  if (!a.people?.length || !b.people?.length) return false;
  const opened = (person: string) => !!a.leading?.includes(person) || !!b.leading?.includes(person);
  return a.people.some((person) => b.people!.includes(person) && opened(person));
}

/**
 * What particulars in common add (happening-particulars.ts), counting a person both name only when an opening names
 * them: the particulars that tell one happening when nothing else of the openings does.
 */
export function particularsBesideTheOpenings(a: ParticularFacts, b: ParticularFacts, text: number): number {
  return particularsWeight(text, { ...particularsInCommon(a, b), people: () => personOfAnOpening(a, b) });
}
