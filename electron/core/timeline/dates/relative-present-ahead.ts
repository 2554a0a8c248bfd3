// A weekday inside a relative clause in the present that describes the subject of a main verb looking ahead:
// "Pupils who sit their exams on Friday will be driven to the college", "Fans who hold tickets for the final on
// Sunday can swap them at the box office". The relative's present is told from the main verb's time, so the day is the
// coming one. A past in the relative keeps the day behind ("Passengers who flew on Friday will get refunds"), and so
// does a past participle describing them ("customers hit by the outage on Monday will be refunded"), a present perfect
// ("who have seen the van on Monday") and a happening or scene the relative tells of ("Anyone who has information about
// the crash on Sunday should ring police": the crash's day). tense.ts asks.
import { hasPastVerb } from '../language/past-verbs.ts';
import { ABOUT_A_HAPPENING, MISHAP_OR_SCENE } from './present-plans.ts';

// The relative clause, from its pronoun to the day, with no comma, stop or dash inside it (a plain clause of the
// sentence is not described by it). Not "that", which as often opens what was said ("said that passengers on …").
const RELATIVE_TO_DAY = /\b(?:who|which)\s+([^,;:.!?“”"—–]{3,100})$/iu;
// A verb opening the relative ("who sit", "who have", "which runs"), not a name or a figure; its past is ruled out below.
const PRESENT_OPENING = /^\p{Ll}+\b/u;
const PAST_WORD =
  /\b(?:was|were|had|did|been|(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|ost|id|ard|ound))\b/iu;
// After the day (and its part of the day, and a few words ending the relative, with no past among them) comes the main
// verb looking ahead.
const MAIN_AHEAD =
  /^\p{L}+(?:\s+(?:morning|afternoon|evening|night))?,?\s+((?:[\p{L}\d'’-]+\s+){0,4}?)(?:will|can|must|should|shall|(?:is|are)\s+to|(?:is|are)\s+(?:being\s+)?(?:asked|told|urged|advised|offered)\s+to|need\s+to)\b/u;

/** Whether the weekday at `index` closes a present relative clause on the subject of a main verb that looks ahead. */
export function relativePresentAhead(sentence: string, index: number): boolean {
  const relative = RELATIVE_TO_DAY.exec(sentence.slice(0, index))?.[1];
  if (!relative || !PRESENT_OPENING.test(relative) || PAST_WORD.test(relative)) return false;
  if (hasPastVerb(relative, 0) || MISHAP_OR_SCENE.test(relative) || ABOUT_A_HAPPENING.test(relative)) return false;
  const gap = MAIN_AHEAD.exec(sentence.slice(index))?.[1];
  return gap !== undefined && !hasPastVerb(gap, 0) && !/\b(?:said|says|told)\b/i.test(gap);
}
