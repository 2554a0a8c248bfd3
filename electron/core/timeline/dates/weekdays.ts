// Weekdays in news style: "on Tuesday", "late Wednesday", "last Thursday", "between Monday and Wednesday"; and
// weeks and weekends ("last week", "next weekend").
import { addDays, type CalendarDay, weekdayOf } from './calendar.ts';
import { type Candidate, dayCandidate, rangeOfDays } from './candidates.ts';
import { TIME_OF_DAY } from './clock-times.ts';
import { pastPlanDay } from './past-plan-days.ts';
import { planLiesAhead } from './plans-ahead.ts';
import { reportedPlanInProgress } from './reported-plans-in-progress.ts';
import { isSameWeekday } from './same-weekday.ts';
import { isHabitual, tellsNoTense, weekdayLooksForward } from './tense.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY = `(${WEEKDAYS.join('|')})`;
// "between Monday and Wednesday" and "from Monday to Wednesday" are ranges; a bare "Monday to Saturday" is opening hours.
const SPAN = new RegExp(
  `\\b(?:(between)\\s+${DAY}\\s+and\\s+${DAY}|(from\\s+)?${DAY}\\s+(?:to|through|till|until|-|–)\\s+${DAY})\\b`,
  'g',
);
// Hours of the day after a span of weekdays, told of a place that opens or a service that runs: "will be open from
// Tuesday to Sunday, 10 a.m. to 6 p.m." is opening hours; "will close the lane from Monday to Wednesday" is a date.
const OPEN_BEFORE = /\b(?:open|opens|opening|runs?|operates?|serves?)\b[^,;.]*$/i;
const HOURS_AFTER = new RegExp(`^,?\\s*(?:from\\s+)?${TIME_OF_DAY}\\s*(?:to|until|till|-|–)\\s*${TIME_OF_DAY}`, 'i');
// "on Tuesday", "last Thursday", "next Monday"; not "Mondays" (every Monday).
const SINGLE = new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+)?${DAY}(?!s\\b)\\b`, 'g');
// After these a weekday is any or every such day: "on a Saturday", "every Thursday", "every other Sunday".
const HABITUAL_BEFORE = /\b(?:a|every|each|any)\s+(?:other\s+|second\s+|alternate\s+)?$/i;
// Parts of the day in the plural after a weekday are every such part: "most of them on Saturday mornings".
const PARTS_OF_DAYS_AFTER = /^\s+(?:mornings|afternoons|evenings|nights)\b/i;
const WEEK_AFTER = new RegExp(`\\b(?:${DAY}\\s+week(?![\\w-])|a\\s+week\\s+on\\s+${DAY}\\b)`, 'g');
// Before a noun, after a determiner or possessive, a weekday names a kind of thing: "Kettleford's Saturday market".
const DETERMINER_BEFORE = /(?:\b(?:the|its|their|his|her|our|your)|\p{L}['’]s)\s+$/iu;
// A time limit is set for one day: "the Saturday deadline" is a date, where "the Saturday market" is a kind of market.
const ONE_TIME = /^(?:deadline|cut-?off|ultimatum|target)$/i;
// A weekday before a gerund that is the subject of a verb names a kind of work or trade: "Sunday working stays
// voluntary", "Saturday opening is to end". Not a part of the day ("Monday evening was").
const GERUND_SUBJECT =
  /^\s+(?!(?:morning|evening)\b)\p{Ll}{3,}ing\s+(?:is|are|stays|remains|will|would|was|were|has|had|must|should|can|becomes|continues|ends)\b/u;
// Kinds of work, pay and service a weekday names: "brought in Sunday shifts", "wanted Sunday working in January".
const WORK_KIND =
  /^\s+(?:shifts?|working|trading|opening|rotas?|overtime|pay|rates?|premiums?|services|collections|deliveries|timetables?)\b/i;
// "said Tuesday services would resume": the day something was said.
const SAID_BEFORE = /\b(?:said|says|told|announced|confirmed|added|stated|reported)\s+$/i;
const LEAD_BEFORE = /\b(?:on|by|until|till|from|since|before|after|during|through|that|this|last|next)\s+$/i;
const NOT_A_NOUN =
  /^(?:morning|afternoon|evening|night|lunchtime|midday|noon|and|or|to|at|in|on|for|when|after|before|but|as|with|by|from|until|till|that|which)$/i;

/** The weekdays a sentence names, as days (or ranges of days) anchored to the reference day. */
export function weekdays(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  const spans: { start: number; end: number }[] = [];
  for (const match of sentence.matchAll(SPAN)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    const [first, last] = match[1] ? [match[2]!, match[3]!] : [match[5]!, match[6]!];
    if (!match[1] && !match[4]) continue; // opening hours, not a date
    if (/^\s*(?:each|every)\s+week\b/i.test(sentence.slice(match.index + match[0].length))) continue; // a routine
    if (openingHours(sentence, match.index, match.index + match[0].length)) continue;
    const week = weekNamed(sentence.slice(match.index + match[0].length));
    const start = week
      ? inWeek(reference, week, WEEKDAYS.indexOf(first))
      : // Read from the first day, so that "from" counts as the start it tells ("The ban runs from Friday until …").
        resolve(sentence, reference, match.index + (match[4]?.length ?? 0), WEEKDAYS.indexOf(first), undefined);
    const length = (WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) + 7) % 7;
    out.push(rangeOfDays(start, addDays(start, length), match[0], match.index));
  }
  // "Monday week", "a week on Monday": in British use, a week after the coming Monday.
  for (const match of sentence.matchAll(WEEK_AFTER)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    const target = WEEKDAYS.indexOf(match[1] ?? match[2]!);
    const day = addDays(reference, ((target - weekdayOf(reference) + 7) % 7) + 7);
    out.push(dayCandidate(day, match[0], match.index));
  }
  for (const match of sentence.matchAll(SINGLE)) {
    if (spans.some((span) => match.index >= span.start && match.index < span.end)) continue;
    const before = sentence.slice(0, match.index);
    const modifier = match[1]?.toLowerCase();
    if (HABITUAL_BEFORE.test(before) || PARTS_OF_DAYS_AFTER.test(sentence.slice(match.index + match[0].length)))
      continue;
    if (!modifier && isSameWeekday(sentence, match.index)) continue; // the day just told (anchor-patterns.ts)
    const after = sentence.slice(match.index + match[0].length);
    if (
      !modifier &&
      (isHabitual(sentence, match.index) ||
        namesAKind(sentence, before, match.index + match[0].length) ||
        ((GERUND_SUBJECT.test(after) || WORK_KIND.test(after)) &&
          !LEAD_BEFORE.test(before) &&
          !SAID_BEFORE.test(before)))
    )
      continue;
    const week = modifier ? null : weekNamed(after);
    const day = week
      ? inWeek(reference, week, WEEKDAYS.indexOf(match[2]!))
      : resolve(sentence, reference, match.index, WEEKDAYS.indexOf(match[2]!), modifier);
    out.push(dayCandidate(day, match[0], match.index));
  }
  return out;
}

function openingHours(sentence: string, start: number, end: number): boolean {
  return OPEN_BEFORE.test(sentence.slice(0, start)) && HOURS_AFTER.test(sentence.slice(end));
}

function namesAKind(sentence: string, before: string, end: number): boolean {
  if (!DETERMINER_BEFORE.test(before)) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(end))?.[1];
  return next !== undefined && !NOT_A_NOUN.test(next) && !ONE_TIME.test(next);
}

// The week a weekday is told in, right after it: "from Tuesday to Friday last week", "on Friday next week", "on Monday
// this week" (the week's own words are read as a loose period beside it, weeks() below).
const WEEK_NAMED_AFTER = /^,?\s+(?:of\s+)?(last|next|this)\s+week\b(?!\s+of\b|['’])/i;

function weekNamed(after: string): 'last' | 'next' | 'this' | null {
  return (WEEK_NAMED_AFTER.exec(after)?.[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined) ?? null;
}

/** The weekday of the week named, Monday to Sunday. */
function inWeek(reference: CalendarDay, week: 'last' | 'next' | 'this', target: number): CalendarDay {
  const monday = addDays(
    reference,
    -((weekdayOf(reference) + 6) % 7) + (week === 'last' ? -7 : week === 'next' ? 7 : 0),
  );
  return addDays(monday, (target + 6) % 7);
}

/** The most recent such day on or before the reference, or the coming one when the sentence looks forward. */
function resolve(
  sentence: string,
  reference: CalendarDay,
  index: number,
  target: number,
  modifier: string | undefined,
): CalendarDay {
  const today = weekdayOf(reference);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  if (modifier === 'last' || modifier === 'past') return addDays(reference, -(back || 7));
  if (modifier === 'next' || modifier === 'coming') return addDays(reference, ahead || 7);
  // "this Saturday": the one of this week, Monday to Sunday, whichever way the sentence looks.
  if (modifier === 'this') return addDays(reference, ((target + 6) % 7) - ((today + 6) % 7));
  // "said on Monday it was cancelling all sailings on Friday": the coming day as seen from the saying's.
  const plan = reportedPlanInProgress(sentence, index);
  if (plan) {
    const said = sayingDay(plan.saidOn, reference);
    return addDays(said, (target - weekdayOf(said) + 7) % 7);
  }
  // A plan told in the simple present looks ahead only to a day nearer ahead than behind: a standfirst or a caption
  // tells the day just gone by in the present as well ("The council leader quits on Monday" on a Wednesday).
  const forward =
    weekdayLooksForward(sentence, index, ahead < back) ||
    planLiesAhead(sentence, index) ||
    (ahead < back && pastPlanDay(sentence, index));
  return addDays(reference, forward ? ahead : -back);
}

// The day a saying is told on, in the words that may tell it ("said on Monday", "On Tuesday the firm told staff",
// "said yesterday"): a deed done, so the last such day; the publication day when none is told.
function sayingDay(saidOn: string, reference: CalendarDay): CalendarDay {
  const day = [...saidOn.matchAll(SINGLE)].at(-1);
  if (!day) return /\byesterday\b/i.test(saidOn) ? addDays(reference, -1) : reference;
  const back = (weekdayOf(reference) - WEEKDAYS.indexOf(day[2]!) + 7) % 7;
  return addDays(reference, -(/^(?:last|past)$/i.test(day[1] ?? '') ? back || 7 : back));
}

const FOR_BEFORE = /\bfor\s+$/i;
const PLANNED_FOR = /\b(?:forecast|predicted|expected|due|planned|scheduled|set|booked)\s+for\s+$/i;

/** "last week", "this week", "earlier this week", "next week": Monday to Sunday of that week; weekends likewise. */
export function weeks(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  // "the last week of May" is a part of May, left to the month rules.
  for (const match of sentence.matchAll(/\b(last|this|next|earlier this|later this)\s+week\b(?!\s+of\b)/gi)) {
    const which = match[1]!.toLowerCase();
    const shift = which === 'last' ? -7 : which === 'next' ? 7 : 0;
    const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7) + shift);
    out.push({ ...rangeOfDays(monday, addDays(monday, 6), match[0], match.index), loose: true });
  }
  // A bare "weekend" opening a sentence or after a preposition ("Weekend rain", "after weekend storms") is the last one.
  // "the last weekend of July" is a part of July, left to the month rules (or a habit, which is no date).
  // "expect a dry weekend": a weekend told by its weather or its kind is one only when the sentence looks ahead.
  const weekend =
    /(?:^|\b(the|last|this|next|after|over|during|since)\s+|\b(an?)\s+\p{Ll}+\s+)weekend\b(?!\s+(?:of|in)\b)/giu;
  for (const match of sentence.matchAll(weekend)) {
    const which = (match[1] ?? match[2] ?? 'the').toLowerCase();
    if (match[2] && !weekdayLooksForward(sentence, match.index)) continue;
    // "shut down for the weekend", "went away for the weekend": how long something lasted, as "for two days" is; not
    // what is forecast or planned for it ("gusty winds are forecast for the weekend").
    if (
      which === 'the' &&
      FOR_BEFORE.test(sentence.slice(0, match.index)) &&
      !PLANNED_FOR.test(sentence.slice(0, match.index))
    )
      continue;
    const today = weekdayOf(reference);
    // The most recent weekend, counted from its Saturday; the coming one when the sentence looks forward.
    const back = today === 6 ? 0 : today + 1;
    // "Volunteers are wanted … this weekend", told on a weekday in a clause telling no past: the weekend of that week.
    const thisOne = which === 'this' && today >= 1 && today <= 5 && tellsNoTense(sentence, match.index);
    const forward = which === 'next' || thisOne || (which !== 'last' && weekdayLooksForward(sentence, match.index));
    const saturday = forward
      ? addDays(reference, (6 - today + 7) % 7 || 7)
      : addDays(reference, -back - (which === 'last' && back === 0 ? 7 : 0));
    out.push(rangeOfDays(saturday, addDays(saturday, 1), match[0], match.index));
  }
  return out;
}
