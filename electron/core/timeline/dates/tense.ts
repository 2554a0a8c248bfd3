// Whether a sentence speaks forward from the publication date at a given point: decides bare weekdays and months.
import nlp from 'compromise';
import { hasPastVerb, REPORTING } from '../language/past-verbs.ts';
import { lossWithItsCause } from './cause-gone-by.ts';
import { cueInsideName } from './cue-words-in-names.ts';
import { dayStillToCome } from './day-still-to-come.ts';
import { isFrontedTime, tellsAhead } from './fronted-time.ts';
import { headlineLooksAhead } from './headline-infinitive.ts';
import { limitSetAhead, toldPastThen } from './limit-set-ahead.ts';
import { movedInPastAside } from './moved-in-a-past-aside.ts';
import { frontedPresentPlan, lastNearerPlan, lastPresentPlan, reportedPresentPlan } from './present-plans.ts';
import { relativePresentAhead } from './relative-present-ahead.ts';
import { lastScheduledHappening } from './scheduled-happenings.ts';

export { isIrregularPast, isPastForm } from '../language/tense-forms.ts';

// Words that make a bare weekday or month point forward from the publication date. Next year's thing as the subject of
// a deed done ("Next year's budget was approved on 3 March") is no cue ahead: the deed is past. A forecast or a warning
// of what may come looks ahead, and so does a thing moved to a time ("slips to January", "put back to March", "Parade
// moves to Saturday", "voted to delay the decision to Friday"), in any tense: nothing is put off into the past. A warning that "had" been given looks back to it. A happening that "is planned" is one to
// come, and so is what someone "was expected" to do there (a reported expectation; "had been expected" looks back), or
// what a side "needs" or is "needing" to do to win. People move "for" a time ("moved back home for Christmas"); a time is moved only "to" one.
const FORWARD_CUE =
  /\b(?:will|won['’]t|shall|would(?!\s+have\s+(?!to\b))|should|must|could(?!\s+(?:not|have)\b)|next(?!\s+(?:year|month|week)['’]s\s+(?:[\w-]+\s+){1,4}?(?:was|were|had|(?:has|have)\s+been)\b)|(?:re)?opens|closes|finishes|starts|begins|resumes|gets|upcoming|scheduled|is due|are due|(?<!\b(?:was|were|been)\s)due to|plans? to|planning to|(?<!\b(?:the|a|an|its|their|his|her|our)\s)plan(?:s|ning)?\s+(?:a|an)\b|(?<!\bhad\s(?:been\s)?)planned (?:to|for)|(?:is|are)\s+(?:now\s+|also\s+)?planned\b|(?<!\bhad\s)(?:aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)|intend(?:s|ed|ing)?) to|set for|due on|(?<=\b(?:has|have)\s+(?:asked|applied|offered|agreed|promised|pledged|vowed)\s+)to|is expected|are expected|expects?|(?<!\bhad been\s)expected (?:to|for|on|by)|needs? to|(?:needs?|needing)\s+(?:[\w,]+\s+){1,3}?to\s+(?:win|draw|avoid|survive|stay|reach|finish|clear|make|score|take)\b|set to|going to|is to|are to|has to|have to|deadline|falls|expires|takes? effect|comes? into (?:force|effect)|kicks in|(?<!\bhad\s)awaits?|awaiting|(?:is|are)\s+(?:now\s+)?(?:being\s+)?forecast\b(?!\s+to\s+have)|(?<!\b(?:had|have|has)\s)warns?\s+of|(?:remanded|bailed|summonsed|summoned)\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:appear|attend|return|stand)|kicks? off|meets|convenes|(?<!\b(?:was|were|had\s+been)\s)forecast\s+(?:to|for)|(?<!\bhad\s(?:been\s)?)warn(?:s|ed|ing)?\s+of\s+(?:possible|likely|further|more)|(?:(?:slip(?:s|ped)?|slid|put\s+back|push(?:es|ed)?(?:\s+back)?|postpone[sd]?|delay(?:s|ed)?|defer(?:s|red)?|reschedule[sd]?|adjourn(?:s|ed)?|reserved)\s+(?:[\w'’-]+\s+){0,4}?(?:to|until|till|for)|mov(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:to|until|till))(?=\s+(?:(?:early|late)\s+|mid-)?$))\b|['’]ll\b/gi;
// "would have been" tells what might have been, no time to come ("on what would have been his 70th birthday on
// Monday"); "would have to" still does.
// A past-tense verb after the last forward cue ("who will become mayor on 1 July, named her deputy on Wednesday")
// puts the weekday back in the past.

// Cues ahead for a weekday only, where a past verb after them still takes the day back: a likelihood, a plan "was due
// to" carry out, a happening "arranged for" the day. A month after them may be that of a deed the clause goes on to tell
// ("was due to start in September but was delayed", "is likely to revive questions about a report delivered in March").
const WEEKDAY_CUE =
  /\b(?:(?<!\bhad\s(?:been\s)?)likely\s+to(?!\s+have\b)|(?<=\b(?:is|are)\s+(?:\p{Ll}+\s+)?)likely(?!\s+to\s+have\b)|(?<=\b(?:is|are)\s+(?:a|an|the|some)?\s*(?:\p{Ll}+\s+)?)(?:risk|chance|threat|possibility|prospect)s?\s+of|(?<=\b(?:was|were)\s)due\s+to(?=\s+(?:be|appear|start|begin|open|meet|arrive|return|face|give|hold|visit|travel|fly|speak|end|close|resume|attend|sign|vote|announce|publish|launch|stand|testify|report|unveil|address|perform|play|sit|rule|decide)\b)|(?<!\bhad\s(?:been\s)?)arranged\s+for)\b/giu;

function lastWeekdayCue(text: string): number {
  return [...text.matchAll(WEEKDAY_CUE)].at(-1)?.index ?? -1;
}

/** Whether the clause leading up to `index` (since the last quote mark, semicolon or dash) looks forward. */
export function looksForward(sentence: string, index: number): boolean {
  return lastForwardCue(clauseBefore(sentence, index)) >= 0;
}

// "until the end of October", "by June", "through the end of August": a deadline, ahead unless the clause speaks of the past.
const DEADLINE_BEFORE =
  /\b(?:until|till|by|from|through|thru)\s+(?:the\s+)?(?:(?:end|middle|start|beginning)(?:\s+of)?\s+(?:the\s+)?)?(?:early\s+|mid-|late\s+)?$/i;
// A condition opening the sentence, to the comma after its verb: "If your fence, shed or car was damaged, …".
const CONDITION = /^\s*(?:if|where|whether|in case)\b[^;.]*?\b(?:was|were|had|did|\p{L}+ed)\b[^,]*,/iu;
// An infinitive of purpose: "to repair", "to finish"; not a place ("to the depot", "back to work").
const PURPOSE =
  /\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|work|school|court|office|power|hospital|normal)\b)\p{Ll}+\b/gu;
// Adverbs of habit: "cases usually peak in September" names no particular September.
// "normally" after a verb tells the manner ("trains were running normally by noon", "would run normally on Thursday"), not
// a habit ("is normally on Thursday" is one).
const HABIT =
  /\b(?:usually|typically|(?<!\p{L}(?:ing|ed)\s)normally|generally|often|always|tends? to|every year|each year)\b/iu;

// "by Friday", "until Monday", "from Monday", "starting Monday", "as of Monday": a deadline or a start, ahead unless the
// clause tells of the past.
// A time of day may come between the word and the weekday: "until noon on Monday", "by 5 p.m. on Friday".
const WEEKDAY_DEADLINE_BEFORE =
  /\b(?:until|till|through|thru|by|from|before|starting|beginning|commencing|effective|as\s+of)\s+(?:at\s+least\s+)?(?:this\s+)?(?:(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))\s+(?:on\s+)?)?$/i;
// A weekday that is the subject of what is to come: "said Thursday would be a day of mourning".
const WEEKDAY_SUBJECT_AHEAD = /^\p{L}+\s+(?:would|will|shall|is\s+to|is\s+going\s+to)\s+be\b/iu;
// After a preposition the weekday is no subject but the day of what comes before it: "customers hit by the outage on
// Monday would be refunded" tells Monday's outage.
const PREPOSITION_BEFORE = /\b(?:on|by|since|from|until|till|of|after|before|over|during|through)\s+$/i;
// A day's happening that is the subject of its own taking place ahead: "Saturday's home game against Hallam will be
// played at …", "Friday's vote is to go ahead", or in reported speech "said Sunday's services would be held in the
// church" (not "Saturday's game finished 2-2", nor "Saturday's storm will cost
// the town millions": what is still to come of a happening gone by).
const DAYS_HAPPENING_AHEAD =
  /^\p{L}+['’]s\s+(?:[\p{L}\d'’-]+\s+){1,6}?(?:will|shall|would|(?:is|are)\s+(?:to|due\s+to|set\s+to|going\s+to|expected\s+to))\s+(?:now\s+|still\s+)?(?:be\s+(?:played|held|staged|run|hosted|moved|switched|shown|broadcast|televised|postponed|delayed|rearranged|relocated)|go\s+ahead|take\s+place|kick\s+off|start|begin|open|resume)\b/u;
// A happening told in the present as set for a weekday: "the funeral is Saturday", "the hearings are on Monday".
const SET_FOR_DAY =
  /^\s*(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}'’.-]*)\s+(?:[\p{L}'’-]+\s+){0,6}(?:is|are)\s+(?:on\s+)?$/iu;
// A weekday followed by what is to be done by then: "until Saturday to improve".
const PURPOSE_AFTER = /^\p{L}+\s+to\s+\p{Ll}+/u;
// Someone asked or told to do something, or agreeing to: "has asked Lumaria to report", "ordered the firm to", "urged
// residents to", "agreed to run a ferry", "voted 5-0 on Friday night to waive": what is to be done lies ahead of that.
// Whom may be named in an aside: "told the hall's owner, Kestrel Events, to send".
const REQUEST =
  /\b(?:ask|asks|asked|asking|tell|tells|told|order|orders|ordered|urge|urges|urged|instruct(?:s|ed)?|direct(?:s|ed)|require(?:s|d)?|call(?:s|ed)? on|warn(?:s|ed)?|advise[sd]?|(?:is|are|was|were)\s+(?:working|racing|scrambling|rushing|striving|battling)|agree[sd]?|decide[sd]?|vote[sd]?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?)\s+(?:[\p{L}\d'’-]+,?\s+){0,6}to\s+\p{Ll}+/giu;

/**
 * Whether a deed told after the clause's last forward cue puts what follows it behind ("had been set for 2 October but
 * was put back when a lift failed its inspection on 27/9"): the verb nearer the time wins, as for a weekday.
 */
export function pastAfterForwardCue(sentence: string, index: number): boolean {
  const clause = clauseBefore(sentence, index);
  const cue = lastForwardCue(clause);
  return cue >= 0 && hasPastVerb(clause.slice(cue), 1, new Set(), true);
}

/**
 * Like `looksForward`, but a past verb after the last forward cue keeps a weekday in the past. A plan told in the
 * simple present counts as a cue only when the caller says the coming day is the nearer (`presentPlanNearer`).
 */
export function weekdayLooksForward(sentence: string, index: number, presentPlanNearer = false): boolean {
  if (movedInPastAside(sentence, index)) return false;
  if (headlineLooksAhead(sentence, index)) return true;
  if (frontedLooksAhead(sentence, index)) return true;
  // "On Friday the council votes on the plan.": a fronted day's plan in the simple present, as below for one after.
  const presentPlanMay = presentPlanNearer && presentPlanCanBe(sentence, index);
  if (presentPlanMay && isFrontedTime(sentence, index) && frontedPresentPlan(clauseAfter(sentence, index))) return true;
  // "following Friday's conviction", "since Monday's vote": a day's happening that came before, whatever comes next.
  if (/\b(?:following|since)\s+$/i.test(sentence.slice(0, index)) && /^\p{L}+['’]s\b/u.test(sentence.slice(index)))
    return false;
  const subjectAhead =
    WEEKDAY_SUBJECT_AHEAD.test(sentence.slice(index)) && !PREPOSITION_BEFORE.test(sentence.slice(0, index));
  if (subjectAhead || DAYS_HAPPENING_AHEAD.test(sentence.slice(index))) return true;
  if (relativePresentAhead(sentence, index)) return true;
  if (dayStillToCome(sentence, index)) return true;
  if (glossLooksForward(sentence, index)) return true;
  // "has been shut since Sunday": a state's start, gone by whatever the clause tells of what is to come.
  if (/\bsince\s+$/i.test(sentence.slice(0, index))) return false;
  if (reportedPlan(sentence, index)) return true;
  // "The funeral is Saturday", "Polls are on Tuesday": a happening set for a day is one to come.
  if (SET_FOR_DAY.test(clauseBefore(sentence, index)) && !/^\p{L}+['’]s\b/u.test(sentence.slice(index))) return true;
  // "Dunsby, who lost their opening game, host Orrel on Saturday", "extended the consultation, which closed last month,
  // until Friday": an aside closed before the day tells its own time; the clause goes on around it.
  const clause = withoutDescribingAsides(clauseBefore(sentence, index));
  if (UNMET_EXPECTATION.test(clause) && /^[^.;!?]*\bbut\b/i.test(sentence.slice(index))) return false;
  // "adjourned the trial until Thursday, when the jury returned its verdict": the limit's day is told as gone by.
  if (/\b(?:until|till)\s+(?:at\s+least\s+)?$/i.test(clause) && toldPastThen(sentence.slice(index))) return false;
  if (limitSetAhead(clause, sentence.slice(index))) return true;
  // "The committee decides on Friday": a plan in the simple present (not "defends Friday's decision"); a standfirst
  // tells the day just gone in the present too ("quits on Monday after …"), so only for the nearer coming day.
  // "The union said its members walk out on Monday": a present left so by a past saying is ahead, however far.
  const presentPlan = presentPlanMay
    ? Math.max(lastPresentPlan(clause), lastNearerPlan(clause, sentence.slice(index)))
    : presentPlanCanBe(sentence, index)
      ? Math.max(reportedPresentPlan(clause, sentence.slice(index)), leadingUpTo(clause, sentence.slice(index)))
      : -1;
  const cue = Math.max(lastForwardCue(clause), lastScheduledHappening(clause), lastWeekdayCue(clause), presentPlan);
  if (cue >= 0) {
    const ahead = withoutClosedAsides(clause.slice(cue));
    return !hasPastVerb(ahead, 1, new Set(), true) && !lossWithItsCause(ahead);
  }
  // "Tuesday's earthquake" names a day's happening, not a deadline.
  if (!WEEKDAY_DEADLINE_BEFORE.test(clause) || /^\p{L}+['’]s\b/u.test(sentence.slice(index))) return false;
  // "given the company until Saturday to improve its offer": what is to be done by then lies ahead; "By Wednesday
  // afternoon, dead fish had been found": a past verb anywhere in the clause keeps it behind.
  const after = clauseAfter(sentence, index);
  // "has asked the airline to report by Friday": what someone was asked to do by then lies ahead of the asking ("had
  // managed to clear the road by Monday" tells no request, and stays behind).
  const request = [...clause.matchAll(REQUEST)].at(-1);
  if (request && !hasPastVerb(clause.slice(request.index + request[0].length), 0)) return true;
  // "through Monday to clear the line" tells a span worked, not a time given to do something by.
  const given =
    PURPOSE_AFTER.test(sentence.slice(index)) && !/\bthr(?:ough|u)\s/i.test(WEEKDAY_DEADLINE_BEFORE.exec(clause)![0]);
  return given || !hasPastVerb(`${ownClause(clause)} ${after}`, 0, REPORTING);
}

// "has asked for privacy ahead of the funeral on Monday": what leads up to a happening, with no deed done before it, is
// told before that happening, however far ahead its day is.
function leadingUpTo(clause: string, afterDay: string): number {
  const plan = lastNearerPlan(clause, afterDay);
  return plan >= 0 && /^(?:ahead|in\s)/i.test(clause.slice(plan)) ? plan : -1;
}

// A headline (no stop at its end: "Thousands march to parliament on Sunday") and a caption telling what followed a
// happening ("Police visit the flats on Saturday after the fire") tell a day gone by in the present; so does a
// possessive day's happening ("defends Friday's decision").
const REACTION_AFTER = /^\p{L}+(?:\s+(?:morning|afternoon|evening|night))?\s+(?:after|following)\b/u;

function presentPlanCanBe(sentence: string, index: number): boolean {
  const from = sentence.slice(index);
  return /[.!?]["”’']?\s*$/.test(sentence) && !/^\p{L}+['’]s\b/u.test(from) && !REACTION_AFTER.test(from);
}

// An aside closed before the day ("would pay staff, who were laid off last month, on Friday", "would meet, as it agreed
// in January, on Friday") tells its own time; what comes after it goes on from the forward cue.
// So does a participle's aside: "Bin rounds, delayed by the snow, resume on", "The board, having rejected two bids, meets".
// The comma closing it is followed by a space (not "1,100"), and none but a number's comes after it.
const PARTICIPLE = String.raw`having|(?:\p{Ll}+ly\s+)?(?:\p{Ll}+-)?\p{Ll}{3,}(?:ed|en)`;
const CLOSED_ASIDE = new RegExp(String.raw`^,\s+(?:who|which|whom|whose|as|and|${PARTICIPLE})\b`, 'iu');
// Before any cue is sought only an aside describing who or what is taken out: one joined by "and" or "as" may tell the
// clause's own deed ("fell in on Sunday, and the school will stay closed, …").
const DESCRIBING_ASIDE = new RegExp(String.raw`^,\s+(?:who|which|whom|whose|${PARTICIPLE})\b`, 'iu');

/** The text without its last aside between commas when the aside opens as `opening` says. */
function withoutLastAside(text: string, opening: RegExp): string {
  // Found from the commas alone, in one pass: a run-on sentence must not cost each comma the rest of its length.
  const commas = [...text.matchAll(/,(?=\s)/g)].map((comma) => comma.index);
  if (commas.length < 2) return text;
  const [open, close] = [commas.at(-2)!, commas.at(-1)!];
  const aside = text.slice(open, close + 1);
  return aside.includes(';') || !opening.test(aside) ? text : text.slice(0, open) + text.slice(close + 1);
}

function withoutClosedAsides(text: string): string {
  return withoutLastAside(text, CLOSED_ASIDE);
}

function withoutDescribingAsides(text: string): string {
  return withoutLastAside(text, DESCRIBING_ASIDE);
}

// "was expected to arrive on Friday but did not dock until Saturday", "was due on Monday but never came": an
// expectation the sentence says went unmet lies behind.
const UNMET_EXPECTATION = /\b(?:was|were)\s+(?:expected\s+(?:to|on|by|for)|due|likely\s+to)\b[^,;]*$/i;

// A plan told in reported speech, its tense moved back by the saying: "Inspectors were due at the mill on Wednesday,
// the department said" is "Inspectors are due …" said before it. Not "were due on Monday but never came".
const WAS_DUE = /\b(?:was|were)\s+due\b(?![^,;]*\b(?:but|until|before)\b)[^,;]*$/i;
const SAID_AFTER_DAY =
  /^\p{L}+(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:[\p{L}'’-]+\s+){0,5}(?:said|says|added)\b/u;

function reportedPlan(sentence: string, index: number): boolean {
  return WAS_DUE.test(clauseBefore(sentence, index)) && SAID_AFTER_DAY.test(sentence.slice(index));
}

// "Crews were still pumping, and the port has shut the terminal until Sunday": a clause joined by "and" or "but" after
// a comma tells its own time; the deed before it is not the deadline's.
function ownClause(clause: string): string {
  const joins = [...clause.matchAll(/,\s+(?:and|but)\s+/g)];
  const last = joins.at(-1);
  return last ? clause.slice(last.index + last[0].length) : clause;
}

// A day glossed by what is to happen on it: "seats booked by Saturday, when a new fare takes effect", "until 1 July,
// when the new rules come into force".
const WHEN_GLOSS = /^[\p{L}\d]+(?:\s+[\p{L}\d]+)?,\s+when\s+([^,;.]*)/u;

function glossLooksForward(sentence: string, index: number): boolean {
  const gloss = WHEN_GLOSS.exec(sentence.slice(index))?.[1];
  if (!gloss) return false;
  return (lastForwardCue(gloss) >= 0 || lastScheduledHappening(gloss) >= 0) && !hasPastVerb(gloss, 0);
}

/** Whether a month without a year lies ahead: a forward cue, or a deadline in a clause that tells no past. */
export function monthLooksForward(sentence: string, index: number): boolean {
  // "have been selling ties since April": a state's start, gone by whatever the clause tells of what is to come.
  if (/\bsince\s+(?:(?:early|late)\s+|mid-)?$/i.test(sentence.slice(0, index))) return false;
  if (movedInPastAside(sentence, index)) return false;
  if (headlineLooksAhead(sentence, index)) return true;
  if (frontedLooksAhead(sentence, index)) return true;
  const clause = clauseBefore(sentence, index);
  // "If your car was damaged, you can claim until the end of October": a condition's past tense is no past deadline.
  const main = clause.replace(CONDITION, '');
  // "voted to pay the firm to repair the bridge by late August": what is to be done by then lies ahead of the vote.
  const purpose = [...main.matchAll(PURPOSE)].at(-1);
  const deadlineClause = purpose ? main.slice(purpose.index + purpose[0].length) : main;
  if (glossLooksForward(sentence, index)) return true;
  return lastForwardCue(clause) >= 0 || (DEADLINE_BEFORE.test(clause) && !hasPastVerb(deadlineClause, 0, REPORTING));
}

/**
 * Whether the clause before `index` tells what someone was asked, ordered or voted to do, with no deed told since
 * ("the board voted 7-0 to fit alarms by 4/1"): the time it is to be done at lies ahead of the asking.
 */
export function requestedAhead(sentence: string, index: number): boolean {
  const clause = clauseBefore(sentence, index);
  const request = [...clause.matchAll(REQUEST)].at(-1);
  return request !== undefined && !hasPastVerb(clause.slice(request.index + request[0].length), 0);
}

/** Whether the clause before `index` tells a deed done ("launched its appeal on"), and nothing ahead. */
export function looksBack(sentence: string, index: number): boolean {
  const clause = clauseBefore(sentence, index);
  return lastForwardCue(clause) < 0 && hasPastVerb(clause, 0, REPORTING);
}

/**
 * Whether the clause before `index` tells no time of its own, neither past nor ahead ("The public can walk round the
 * floor between December 14 and 16"): a day so told is the nearest such day, either way.
 */
export function tellsNoTense(sentence: string, index: number): boolean {
  const clause = clauseBefore(sentence, index);
  return lastForwardCue(clause) < 0 && !hasPastVerb(clause, 0);
}

/**
 * Whether the clause around `index` tells no time of its own, before it or after ("The deal gives the crews a payment
 * in December."): a month so told is the nearest such month, either way.
 */
export function tellsNoTenseAround(sentence: string, index: number): boolean {
  const after = clauseAfter(sentence, index);
  if (!tellsNoTense(sentence, index) || lastForwardCue(after) >= 0 || hasPastVerb(after, 0)) return false;
  // A line with no verb of the present before the month ("Flooding in Kellbridge in May", "Record snowfall in May")
  // tells of the past, as news does: the verb must tell its subject ("gives", "includes"), the tagger alone misreads
  // headlines.
  const verbs = nlp(clauseBefore(sentence, index)).match('#PresentTense').not('#Gerund').out('array') as string[];
  return verbs.some((verb) => /^\p{Ll}+s$/u.test(verb));
}

// A plan told in the past perfect: "had planned to start in June", "had been due back on Sunday".
const PAST_PLAN = /\bhad\s+(?:been\s+)?(?:planned|due|scheduled|expected|meant|set)\b[^,;]*$/i;

/**
 * Whether the clause before `index` tells a plan in the past perfect, which may have been for a month still ahead or
 * one just gone: the nearest such month, either way, is the likelier. (A weekday so told looks back: "had been planned
 * for Friday, but was put back" tells of the Friday gone.)
 */
export function isPastPlan(sentence: string, index: number): boolean {
  return PAST_PLAN.test(clauseBefore(sentence, index));
}

// A deed told in the past perfect: "had flagged us for storms", "had been warned", "had already left".
const PAST_PERFECT = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been|\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|ost|id))\b/u;

/**
 * Whether a sentence steps back from the story's line into the past perfect ("Forecasters had warned of storms the
 * night before."): what the story tells next goes on from where it was, not from that step back.
 */
export function stepsBack(sentence: string): boolean {
  return PAST_PERFECT.test(sentence);
}

/** Whether a sentence tells a deed done: a past verb, no forward cue and no habit. */
export function tellsPast(sentence: string): boolean {
  return (
    (hasPastVerb(sentence, 0) || BARE_PAST.test(sentence)) && lastForwardCue(sentence) < 0 && !tellsHabit(sentence)
  );
}

// Verbs whose past is their bare form ("split", "burst", "hit") after a singular subject, where the present would take
// -s ("the pipe splits"): "The pipe split beneath the road", "A water main burst under the square".
const BARE_PAST =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]*\p{Ll}(?<!s)\s+(?:split|burst|hit|cut|shut|put|set|spread|shed|cast|let|quit|hurt)\b/u;

// "normally" after a verb and before a time tells the manner: "would run normally on Thursday" (not "is normally on").
const MANNER_NORMALLY =
  /\b(?!(?:is|are|was|were|be|been|will|would|can|could|should|may|might|must|and|but|or)\b)(\p{Ll}+)\s+normally(?=\s+(?:on|from|by|until|till|again|after|before|at|for)\b)/gu;

function tellsHabit(text: string): boolean {
  return HABIT.test(text.replace(MANNER_NORMALLY, '$1'));
}

// The share of a recurring amount a time takes: "brings in $90 million a year, most of it between September and
// November", "300 visits a week, half of them on Saturdays". The time recurs with the amount.
const SHARE_OF_A_RATE =
  /\b(?:a|per|each|every)\s+(?:year|season|month|week|day)\b,?\s+(?:most|much|half|all|some|many|the\s+bulk|a\s+third|two-thirds|a\s+quarter)\s+of\s+(?:it|them|which|those)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Whether the clause before `index` speaks of a habit rather than of one time. */
export function isHabitual(sentence: string, index: number): boolean {
  return tellsHabit(clauseBefore(sentence, index)) || SHARE_OF_A_RATE.test(sentence.slice(0, index));
}

/** The rest of the clause from `index`: up to a quote mark, semicolon, dash or a comma before a new clause. */
/** "In June, he will be sentenced.": a time opening its sentence looks ahead when the clause after it does, with no past. */
function frontedLooksAhead(sentence: string, index: number): boolean {
  if (!isFrontedTime(sentence, index)) return false;
  const after = clauseAfter(sentence, index);
  return tellsAhead(after) && !hasPastVerb(after, 0);
}

function clauseAfter(sentence: string, index: number): string {
  const after = sentence.slice(index);
  // An attribution after a comma is a clause of its own ("from Monday, the operator said after the strike was called
  // off"), and so is a cause ("are stranded until Saturday after their trains were cancelled").
  const end = after.search(
    /[“”";—]| – |,\s+(?:and|but|which|who|when|while)\b|,\s+(?:[\p{L}'’-]+\s+){0,5}?(?:said|says|added|told|announced|confirmed)\b|\s(?:after|because)\s/u,
  );
  return end < 0 ? after : after.slice(0, end);
}

function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const clauseStart = Math.max(...['“', '”', '"', ';', '—', ' – '].map((mark) => before.lastIndexOf(mark)), -1);
  return before.slice(clauseStart + 1);
}

// A happening arranged for a time ("have called a general strike for", "booked a hall for", "set a hearing for"): the
// new thing the verb arranges takes place at the time after "for", still to come when it is told.
const ARRANGED_FOR =
  /\b(?:call(?:s|ed)?|set|book(?:s|ed)?|fix(?:es|ed)?|arrange[sd]?|schedule[sd]?|organi[sz]e[sd]?)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+for\s+$/iu;

// "the may blossom": a noun after a determiner.
const MAY_AS_NOUN = /\b(?:the|a|an|this|that|its|their|his|her|our)\s+$/i;
// "may" and "might" look ahead as "could" does ("The bridge may reopen on Friday"), not "may have" (a guess at a past)
// nor "May" (the month, or a name).
const MAY_MIGHT =
  /\b(?:may|might)\b(?!\s+(?:not\s+|well\s+|never\s+)?have\b)(?=\s+(?:not\s+|well\s+|also\s+|still\s+|now\s+)?\p{Ll}+\b)/gu;

/** Offset of the last forward cue in the text, or -1. */
function lastForwardCue(text: string): number {
  let last = -1;
  for (const match of text.matchAll(FORWARD_CUE)) if (!cueInsideName(text, match.index)) last = match.index;
  for (const match of text.matchAll(MAY_MIGHT))
    if (!MAY_AS_NOUN.test(text.slice(0, match.index))) last = Math.max(last, match.index);
  const arranged = ARRANGED_FOR.exec(text);
  return arranged ? Math.max(last, arranged.index) : last;
}
