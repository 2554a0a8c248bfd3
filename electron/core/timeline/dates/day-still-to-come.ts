// A weekday told as the day of a happening still to come, whatever tense the clause around it takes: what is done
// "ahead of Friday's hearing" leads up to a hearing not yet held; "Thursday's match has been called off" and "unions
// have called off Monday's strike" call off what has not happened; "Saturday's final kicks off at 3pm" tells it in the
// present; a warning is "for Thursday" still to come; "Friday is the deadline" sets a limit. weekdays.ts asks (through
// tense.ts). A story told in the past perfect ("Ahead of Friday's hearing, the family had asked for privacy") looks
// back on a day gone by.

// Leading up to a day's happening: "ahead of Friday's vote", "in the run-up to Sunday's race", "fans heading to
// Saturday's game", "preparing for Monday's hearing".
const LEADS_UP_TO =
  /\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+(?:preparation|readiness)\s+for|in\s+time\s+for|(?:prepar|head|travell?)(?:e|es|s|ing)?\s+(?:for|to))\s+$/i;
const DAYS_THING = /^\p{L}+['’]s\s/u;
// A day's happening, the subject of a present or of a calling off just done: "Saturday's final against Rovers kicks
// off at 3pm", "Thursday's match has been called off", "Sunday's race is being shown live".
const DAYS_HAPPENING_NOW =
  /^\p{L}+['’]s\s+(?:[\p{L}\d'’-]+\s+){1,6}?(?:kicks\s+off|starts|begins|takes\s+place|goes\s+ahead|gets\s+under\s+way|(?:is|are)\s+(?:now\s+|still\s+)?(?:being\s+)?(?:played|held|staged|shown|broadcast|televised|streamed)|(?:has|have)\s+(?:now\s+|also\s+)?been\s+(?:called\s+off|cancell?ed|postponed|scrapped|axed|shelved|suspended|moved|brought\s+forward|rearranged|switched))\b/u;
// A calling off just done, of a day's happening: "have called off Monday's strike", "has cancelled Saturday's parade".
const CALLED_OFF_NOW =
  /\b(?:has|have)\s+(?:now\s+|also\s+|since\s+)?(?:called\s+off|cancell?ed|postponed|scrapped|axed|shelved|suspended)\s+(?:the\s+)?$/i;
// A warning or alert for a day: "a yellow warning for rain is in place for Thursday", "issued an alert for Friday".
const WARNING_FOR = /\b(?:warnings?|alerts?|watch(?:es)?)\b(?:\s+[\p{L}-]+){0,6}?\s+for\s+$/iu;
// A day that is a limit: "Friday is the deadline", "Monday marks the last day to register".
const DAY_IS_LIMIT = /^\p{L}+\s+(?:is|marks)\s+(?:the\s+)?(?:deadline|last\s+day|final\s+day|cut-?off)\b/iu;
const PAST_PERFECT = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been|\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|ost|id))\b/u;

/** Whether the weekday at `index` is the day of a happening still to come, by the words around it. */
export function dayStillToCome(sentence: string, index: number): boolean {
  if (PAST_PERFECT.test(sentence)) return false;
  const before = sentence.slice(0, index);
  const from = sentence.slice(index);
  if (DAYS_THING.test(from) && (LEADS_UP_TO.test(before) || CALLED_OFF_NOW.test(before))) return true;
  return DAYS_HAPPENING_NOW.test(from) || WARNING_FOR.test(before) || DAY_IS_LIMIT.test(from);
}
