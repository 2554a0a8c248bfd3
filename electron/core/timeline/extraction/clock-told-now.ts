// A clock time whose clause tells no deed done but what holds now ("At 4 p.m. the water is still knee-deep", "has been
// shut since 7am", "As of 3 p.m., 12,000 homes were without power") is an hour of the day the page is told on, not of a
// happening gone by that the paragraph or the lede told: what still holds is not in the past. (What is still to come
// at an hour, "will give a briefing at 11 a.m.", is read so when told from now: hour-still-to-come.ts.)
import { hasPastVerb, REPORTING } from '../language/past-verbs.ts';

// A verb telling what still holds: "remains", "stays", "is still", "are now". Not a bare "is": "Police are appealing for
// witnesses to the crash at 3am" tells the hour of the crash.
const HOLDS_NOW = /\b(?:remains?|stays?|(?:is|are)\s+(?:still|now)|(?:has|have)\s+been\s+(?:still|now))\b/iu;
// A clock time opening its sentence: "At 4 p.m. the water is knee-deep" is the hour the present clause holds at.
const FRONTED = /^\s*(?:at|by)\s+$|^\s*$/i;
const PRESENT_BE = /\b(?:is|are)\b/i;
// A perfect infinitive tells what came before: "is believed to have started at 3am".
const PERFECT_INFINITIVE = /\bto\s+have\s+\p{Ll}+/iu;
// "has been shut since 7am", "have risen since 6 a.m.": a state begun that hour and holding still.
const SINCE = /\bsince\s+$/i;
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|id|ing)\b/u;
// "as of 3 p.m.", "as at 6pm": the latest figure at the time of telling.
const AS_OF = /\bas\s+(?:of|at)\s+$/i;
// Where a clause begins before a clock time, and where it ends after it: a quote mark, a semicolon, a dash, or a comma
// before a new clause ("Police closed the street at 19:15, and are sending drivers round").
const CLAUSE_BREAK_BEFORE = /[“”";—]| – |,\s+(?:and|but|which|who|when|while)\s/g;
const CLAUSE_BREAK_AFTER = /[“”";—]| – |,\s+(?:and|but|which|who|when|while)\b|\s+and\s+(?=\p{Ll}+ed\b)/u;

/** Whether the clock time at `clock` tells what holds now, or a figure as of then: an hour of the page's own day. */
export function clockToldNow(sentence: string, clock: { index: number; text: string }): boolean {
  const before = clauseBefore(sentence, clock.index);
  // The clock's words may open with "at"; "as of" stands before them.
  if (AS_OF.test(sentence.slice(0, clock.index))) return true;
  if (SINCE.test(sentence.slice(0, clock.index)) && PRESENT_PERFECT.test(before)) return true;
  const after = clauseAfter(sentence, clock.index + clock.text.length);
  // What holds now, told with no past verb anywhere in the clock's clause (a saying aside).
  const clause = `${before} ${after}`;
  const holds = HOLDS_NOW.test(clause) || (FRONTED.test(before) && PRESENT_BE.test(after));
  const past = PERFECT_INFINITIVE.test(clause) || hasPastVerb(clause.replace(STATE_NOW, '$1'), 0, REPORTING);
  return holds && !past;
}

// A participle telling a state that holds ("is still fenced off", "are now closed"): no deed done.
const STATE_NOW = /\b((?:is|are|remains?|stays?)\s+(?:still|now|also)\s+)\p{Ll}+/gu;

function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const breaks = [...before.matchAll(CLAUSE_BREAK_BEFORE)].at(-1);
  return breaks ? before.slice(breaks.index + breaks[0].length) : before;
}

function clauseAfter(sentence: string, index: number): string {
  const after = sentence.slice(index);
  const end = after.search(CLAUSE_BREAK_AFTER);
  return end < 0 ? after : after.slice(0, end);
}
