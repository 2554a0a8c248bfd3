// Plans that lie ahead of the deed telling them, whatever its tense: a weekday is read as the coming one when it is
// the day of a booked journey ("had rebooked the group on a flight leaving on Saturday", "is booked on a flight home on
// Sunday") or of a plan that has just been called off ("has called off the regatta, which had been due to take place on
// Saturday"): a booking is for a journey still to make, and what is called off has not happened yet. weekdays.ts asks.

// A booking of someone on a journey, up to the weekday: "booked her on a flight home on", "rebooked the group on a
// flight leaving Marrawong on", "are booked onto the overnight ferry on".
const BOOKED_JOURNEY =
  /\b(?:re-?)?booked\s+(?:[\p{L}'’-]+\s+){0,3}?(?:on|onto|on\s+to)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:flight|train|ferry|coach|bus|sailing|plane|crossing)\b(?:\s+(?:home|back|out|leaving|departing|from|to|bound\s+for)\b(?:\s+[\p{Lu}\p{Ll}][\p{L}'’-]*){0,3})?\s+(?:on\s+)?$/iu;

// Calling off told in the present perfect: done just now, of a plan still to come ("has called off", "have been
// cancelled"); a plain past ("cancelled the regatta, which had been due on Saturday") may tell a day gone by.
const CALLED_OFF_NOW =
  /\b(?:has|have)\s+(?:also\s+|now\s+|since\s+)?(?:been\s+)?(?:called\s+off|cancell?ed|postponed|scrapped|axed|shelved)\b/i;
// The plan's day, told in the past of the calling off: "which had been due to take place on", "was scheduled for".
const PLAN_BEFORE =
  /\b(?:had\s+been|was|were)\s+(?:due|scheduled|set|planned|meant)\s+(?:to\s+(?:[\p{L}'’-]+\s+){1,3}?)?(?:on|for)\s+$/iu;

// What the sentence says after the day that undoes the plan or the journey: "but never boarded", "but missed it".
const UNDONE_AFTER = /^[^.;!?]*\bbut\b/i;

// A coming together agreed or bidden, up to its weekday: "agreed to meet again on", "were told to report for training
// on", "was ordered to appear before the panel on". What one agrees or is told to do is still to do; a gathering's day
// after it is the gathering's, not the agreeing's ("voted on Tuesday to close" tells the vote's day before the verb).
const GATHERING_BIDDEN =
  /\b(?:agree[sd]?|told|asked|ordered|summoned|called|invited|urged|promised|pledged|vowed|arranged)\s+(?:[\p{L}'’-]+\s+){0,3}?to\s+(?:meet|reconvene|reassemble|regroup|resume|return|report|appear|attend|testify|gather|sit)\b(?:\s+[\p{L}'’-]+){0,5}?\s+(?:on\s+)?$/iu;

/** Whether the weekday at `index` is the day of a booked journey or of a plan just called off, so one still to come. */
export function planLiesAhead(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  if (UNDONE_AFTER.test(sentence.slice(index))) return false;
  if (BOOKED_JOURNEY.test(before)) return true;
  if (GATHERING_BIDDEN.test(before) && !/\bhad\s+(?:been\s+)?\p{Ll}+\s+(?:[\p{L}'’-]+\s+){0,3}?to\s/iu.test(before))
    return true;
  return PLAN_BEFORE.test(before) && CALLED_OFF_NOW.test(before);
}
