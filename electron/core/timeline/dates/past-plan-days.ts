// A weekday a plan was made for, told in the past: "was due to unload at Alcantra on Wednesday", "had been due back
// on Sunday", "were to sail on Friday". Told so, the plan may be for a day just gone or one still to come (the ship
// has not yet reached port): the nearer of the two is the likelier, as for a month (tense.ts isPastPlan). Not a plan
// undone ("had been planned for Friday, but was put back", "called off the fete, which had been due on Saturday"),
// whose day is the one gone by.

// The plan's words, up to the weekday, in the weekday's own clause.
const PAST_PLAN_TO_DAY =
  /\b(?:(?:was|were|had\s+been)\s+(?:due|scheduled|set|planned|meant|expected|supposed)(?:\s+to\s+(?:[\p{L}'’-]+\s+){1,5}?|\s+(?:back|home|in|out|for)\s+|\s+)|(?:was|were)\s+to\s+(?:[\p{L}'’-]+\s+){1,5}?)(?:on\s+)?$/iu;
// Where a clause ends before the weekday: a comma, a semicolon, a dash or a quote mark.
const CLAUSE_END = /[,;:—–“”"]/g;
// What the sentence says after the day that undoes the plan: "but was put back", "but never sailed".
const UNDONE_AFTER = /^[^.;!?]*\bbut\b/i;
// A plan told as called off in the sentence ("The parish called off its fete, which had been due to take place on
// Saturday"): the day gone by, unless the calling off is told as just done (plans-ahead.ts).
const CALLED_OFF = /\b(?:called\s+off|cancell?ed|postponed|scrapped|axed|shelved|abandoned|put\s+back|put\s+off)\b/i;

/** Whether the weekday at `index` is the day of a plan told in the past (see above). */
export function pastPlanDay(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const clauseStart = Math.max(-1, ...[...before.matchAll(CLAUSE_END)].map((match) => match.index));
  return (
    PAST_PLAN_TO_DAY.test(before.slice(clauseStart + 1)) &&
    !UNDONE_AFTER.test(sentence.slice(index)) &&
    !CALLED_OFF.test(sentence)
  );
}
