// A limit set by a deed just told: "The ban was extended until Thursday", "Police closed the beach until at least
// Saturday", "Talks were adjourned until Monday", "the judge granted a stay until Thursday", "imposed a curfew lasting
// until Sunday". The deed is past, but the end it sets lies ahead: news tells a thing closed, extended or put off until a
// day gone by only with what happened then ("until Tuesday, when it reopened"), or as a step back ("had been shut
// until"). A state told under a reporting verb is the present moved back by the saying ("a spokeswoman said the
// terminal was closed until Saturday"). A state held ("remained closed until", "lasted until") tells no deed setting a
// limit, and stays behind.
import { hasPastVerb, REPORTING } from '../language/past-verbs.ts';

// The time word of the limit and what may come between it and the weekday: "until at least", "till noon on".
const LIMIT_WORD = String.raw`(?:until|till|through)\s+(?:at\s+least\s+)?(?:this\s+)?(?:(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))\s+(?:on\s+)?)?$`;
// Deeds that set an end to a closure, a ban, a delay or a term, told in the past ("released on bail until Friday" is
// bail's); a time is put off "to" one as well.
const SETS_A_LIMIT = new RegExp(
  String.raw`\b(?<verb>extended|closed|shut|suspended|adjourned|postponed|delayed|deferred|paused|cancell?ed|called\s+off|halted|banned|barred|froze|frozen|remanded|bailed|released(?=\s+on\s+(?:[\p{L}-]+\s+)?bail\b)|granted|imposed|grounded|sealed\s+off|cordoned\s+off|locked\s+down|put\s+on\s+hold|put\s+off|lasting)\b(?<between>(?:\s+[\p{L}\d'’-]+){0,6}?)\s+(?:${LIMIT_WORD.replace('(?:until|till|through)', '(?:until|till|through|to)')})`,
  'iu',
);
// A state told in reported speech: "said the terminal was closed until", "told reporters the warning was in force
// until", "said trains were not running until".
const REPORTED_STATE = new RegExp(
  String.raw`\b(?:said|says|told|announced|confirmed|added)\b(?:\s+[\p{L}\d'’,-]+){1,7}?\s+(?:was|were)\s+(?:still\s+|now\s+)?(?:in\s+(?:force|place|effect)|valid|open|closed|shut|off\s+limits|not\s+(?:running|operating|open|available|taking\s+[\p{L}-]+))\b(?:\s+[\p{L}\d'’-]+){0,4}?\s+${LIMIT_WORD}`,
  'iu',
);
// A limit told in the present, whatever the deed before it: "declared an emergency that runs until Sunday".
const PRESENT_LIMIT = new RegExp(
  String.raw`\b(?:runs|lasts|continues|remains|stays)\s+(?:in\s+(?:force|place|effect)\s+|open\s+|closed\s+|shut\s+)?${LIMIT_WORD}`,
  'iu',
);
// A state kept: "remained closed until", "stayed shut until", "was kept closed until" tell how long it lasted.
const STATE_KEPT = /\b(?:remained|stayed|kept|lay|stood|sat|left)\s+$/i;
// A step back, or the deed denied: "had been shut until", "was not closed until" (it was closed then).
const STEP_BACK_OR_DENIED = /\b(?:had|not|never|n['’]t)\s+(?:(?:been|yet|already|even)\s+){0,2}$/i;
// What happened on the day, told right after it: "until Tuesday, when it reopened", "until Wednesday and then released".
const THEN_TOLD =
  /^[\p{L}\d]+(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?:when|and\s+then|then|but\s+then|before)|\s+and)\s+([^.;]*)/u;

/** Whether the clause before the weekday at `index` sets a limit that lies ahead (see above). */
export function limitSetAhead(clause: string, afterDay: string): boolean {
  if (toldPastThen(afterDay)) return false;
  if (REPORTED_STATE.test(clause) || PRESENT_LIMIT.test(clause)) return true;
  const limit = SETS_A_LIMIT.exec(clause);
  if (!limit?.groups) return false;
  const verb = limit.groups.verb!.toLowerCase();
  // "to" ends a limit only for a time put off or stretched: "extended to Friday", not "closed to traffic".
  if (
    /\bto\s+(?:at\s+least\s+)?(?:this\s+)?$/i.test(limit[0]) &&
    !/^(?:extended|postponed|delayed|deferred|adjourned)$/.test(verb)
  )
    return false;
  if (STATE_KEPT.test(clause.slice(0, limit.index))) return false;
  // "the park was closed until Sunday": a state as much as a deed, which may have ended; "was extended until" is a deed.
  if (/^(?:closed|shut)$/.test(verb) && /\b(?:was|were|been)\s+$/i.test(clause.slice(0, limit.index))) return false;
  if (STEP_BACK_OR_DENIED.test(clause.slice(0, limit.index).replace(/\s+(?:was|were|been|being)\s*$/i, ' ')))
    return false;
  // Another deed told between the limit's verb and its day is what the day belongs to.
  return !hasPastVerb(limit.groups.between ?? '', 0);
}

/** Whether the words after a day tell what happened then, in the past ("Tuesday, when it reopened"). */
export function toldPastThen(afterDay: string): boolean {
  const then = THEN_TOLD.exec(afterDay)?.[1];
  return then !== undefined && hasPastVerb(then, 0, REPORTING);
}
