// A day and month in figures with no year ("on 3/4", "meets again 3/11"): British pages write the day first (3 April),
// American ones the month first (March 4), and a page rarely says which it is. Of the two readings, the one nearer the
// day the article speaks from is the one its readers take: news tells of days within weeks of itself, not of months.
import { addDays, type CalendarDay, formatDay } from './calendar.ts';
import { type Candidate, dayCandidate } from './candidates.ts';
import type { FigureOrder } from './figure-order.ts';
import { limitSetAhead } from './limit-set-ahead.ts';
import { looksBack, looksForward, pastAfterForwardCue, requestedAhead } from './tense.ts';

// Words that make two numbers a day: "on 3/4", "is 3/4 at 7 pm", "set for 3/5", "until 22/4", "and 10/4", "the night of
// 5/19", "pickup ends 6/4", "until at least 8/26". Not "3/4 of the vote" (a
// share), "24/7" (round the clock), "a 2/3 majority", nor a date with its year ("3/4/2031", read elsewhere).
// A weekday before the figures names the same day and settles which reading is meant ("on Thursday, 9/7" is
// September 7 when that is a Thursday and 9 July is not).
const FIGURE_DAY =
  /\b(on|by|until|till|from|between|before|after|since|is|are|was|were|and|to|for|again|next|this|due|held|meets?|opens?|closes?|ends?|starts?|begins?|resumes?|(?:day|night|morning|afternoon|evening|weekend|week)\s+of|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)\s+(?:(?<=\b(?:on|by|until|till|from|before|after|since)\s+)at\s+(?:least|the\s+(?:earliest|latest))\s+)?(?!24\/7\b)(\d{1,2})\/(\d{1,2})(?![\d/])(?!\s+(?:of|majority|share|split|vote)\b)/gi;
const WEEKDAY_LEAD = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/i;
const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
const MOVED_TO =
  /\b(?:extended|prolonged|moved|pushed\s+back|put\s+back|brought\s+forward)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to|until|till)\s+$/iu;
// How near the reference the nearer reading must be: farther, the figures are likely something else (a score).
export const NEAR_DAYS = 120;
// How far a reading may lie when the clause's tense says on which side of the reference it is: news tells of deeds
// within half a year of itself ("launched its appeal on 6/11", told in March).
export const NEAR_DAYS_TOLD_SIDE = 183;

/** Days in figures with no year, each read the way that puts it nearest the reference day. */
export function figureDates(sentence: string, reference: CalendarDay, order: FigureOrder | null = null): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(FIGURE_DAY)) {
    const [first, second] = [Number(match[2]), Number(match[3])];
    const text = `${match[2]}/${match[3]}`;
    const at = match.index + match[0].length - text.length;
    // A reading the clause's tense rules out is no reading: "will open on 3/4" lies ahead, "launched on 6/11" behind.
    // Its own clause's tense: "inspectors arrived on Saturday, and homeowners have until 7/19" gives 7/19 none.
    const from = clauseStart(sentence, at);
    const clause = sentence.slice(from);
    const behind = pastAfterForwardCue(clause, at - from);
    // "was arrested on Friday and released on bail until 10/5": the end a past deed sets lies ahead (limit-set-ahead.ts).
    const ahead =
      (looksForward(clause, at - from) && !behind) ||
      requestedAhead(clause, at - from) ||
      limitSetAhead(clause.slice(0, at - from), clause.slice(at - from));
    // "extended it to 2/11": a time moved to is where it was moved, whichever side of the moving it lies.
    const movedTo = MOVED_TO.test(clause.slice(0, at - from));
    const side = ahead ? 1 : !movedTo && (behind || looksBack(clause, at - from)) ? -1 : 0;
    const weekday = WEEKDAY_LEAD.exec(match[1]!)?.[1]?.toLowerCase();
    const all = [
      ...(order === 'month-first' ? [] : [{ month: second, day: first }]),
      ...(order === 'day-first' ? [] : [{ month: first, day: second }]),
    ]
      .flatMap(({ month, day }) => daysOf(month, day, reference))
      .filter(({ signed }) => side === 0 || signed === 0 || Math.sign(signed) === side);
    const onWeekday = all.filter(({ day }) => weekday === undefined || weekdayOf(day) === WEEKDAY_NUMBER[weekday]);
    const readings = onWeekday.length > 0 ? onWeekday : all;
    const nearest = readings.sort((a, b) => a.distance - b.distance)[0];
    if (!nearest || nearest.distance > (side === 0 ? NEAR_DAYS : NEAR_DAYS_TOLD_SIDE)) continue;
    // With its weekday the figures are one mention, which the weekday alone must not claim again.
    if (weekday !== undefined)
      out.push(dayCandidate(nearest.day, sentence.slice(match.index, at + text.length), match.index));
    else out.push(dayCandidate(nearest.day, text, at));
  }
  return out;
}

// A comma and a conjunction opening a clause with a subject of its own.
const CLAUSE_BREAK = /,\s+(?:and|but|so|while|whereas)\s+/gi;

export function clauseStart(sentence: string, at: number): number {
  let start = 0;
  for (const match of sentence.slice(0, at).matchAll(CLAUSE_BREAK)) start = match.index + match[0].length;
  return start;
}

// A day of the month told alone: "on the 23rd", "by the 20th", "until the 1st"; not "the 5th floor", "its 23rd year".
const ORDINAL_DAY =
  /\b(?:on|by|until|till|from|since|before|after)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|(?!(?:and|or|at|in|on|to|for|with|when|after|before|but|from|until|by|as|so)\b)\p{Ll}))/giu;

// A weekday with its day of the month and no month: "on Monday the 8th", "Friday, the 3rd". The two together name one
// day among the months around the reference; the weekday alone would be read as the nearest such weekday. Not a
// weekday before an ordinal of something else: "on Monday, the 1st day of the strike", "Friday the 5th ward council".
const WEEKDAY_ORDINAL_DAY =
  /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|(?!(?:and|or|at|in|on|to|for|with|when|after|before|but|from|until|by|as|so|the|a|an|its|his|her|their|our)\b)\p{Ll}))/giu;

/** Days of the month told alone, in the month before, of or after the reference that the clause's tense allows. */
export function ordinalDays(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(ORDINAL_DAY)) {
    const nearest = nearestMonthDay(sentence, match.index, Number(match[1]), reference, null);
    if (nearest) out.push(dayCandidate(nearest, match[0], match.index));
  }
  for (const match of sentence.matchAll(WEEKDAY_ORDINAL_DAY)) {
    const weekday = WEEKDAY_NUMBER[match[1]!.toLowerCase()]!;
    const nearest = nearestMonthDay(sentence, match.index, Number(match[2]), reference, weekday);
    if (nearest) out.push(dayCandidate(nearest, match[0], match.index));
  }
  return out;
}

/**
 * The day `day` of the month before, of or after the reference nearest to it on the side the clause's tense allows
 * (and on the weekday given, when one is).
 */
function nearestMonthDay(
  sentence: string,
  at: number,
  day: number,
  reference: CalendarDay,
  weekday: number | null,
): CalendarDay | undefined {
  const side = looksForward(sentence, at) ? 1 : looksBack(sentence, at) ? -1 : 0;
  const readings = [-1, 0, 1]
    .map((shift) => {
      const month = ((reference.month - 1 + shift + 12) % 12) + 1;
      const year = reference.year + (reference.month + shift > 12 ? 1 : reference.month + shift < 1 ? -1 : 0);
      return { year, month, day };
    })
    .filter((candidate) => formatDay(addDays(candidate, 0)) === formatDay(candidate))
    .filter((candidate) => weekday === null || weekdayOf(candidate) === weekday)
    .map((candidate) => ({ candidate, signed: daysBetween(reference, candidate) }))
    .sort((a, b) => Math.abs(a.signed) - Math.abs(b.signed));
  const onSide = readings.find(({ signed }) => side === 0 || signed === 0 || Math.sign(signed) === side);
  // A weekday and its day of the month name one day on their own: when the tense read points the other way ("the
  // next day, and on Monday the 8th …" reads "next" as a look ahead), the day they name still stands.
  return (onSide ?? (weekday === null ? undefined : readings[0]))?.candidate;
}

/** The day of a month and day in the year before, of and after the reference, with how far each is from it. */
function daysOf(
  month: number,
  day: number,
  reference: CalendarDay,
): { day: CalendarDay; distance: number; signed: number }[] {
  if (month < 1 || month > 12 || day < 1 || day > 31) return [];
  const out: { day: CalendarDay; distance: number; signed: number }[] = [];
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const candidate = { year, month, day };
    // "31/4": no such day.
    if (formatDay(addDays(candidate, 0)) !== formatDay(candidate)) continue;
    const signed = daysBetween(reference, candidate);
    out.push({ day: candidate, distance: Math.abs(signed), signed });
  }
  return out;
}

function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

// A day written with dots and its year, as continental pages write it ("since 4.11.2034", "by 1.12.2034", or with the
// year cut to two figures, "on 5.4.34"): always the day first. Not a clock ("at 4.11"), a longer run of dotted numbers
// ("10.4.1.2034"), nor a numbered version or section ("version 2.1.10", "clause 4.2.12").
const DOTTED_DAY =
  /(?<![\w.])(?<!\b(?:version|v|release|update|section|clause|rule|paragraph|chapter|article|no\.?)\s*)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2}|\d{2})(?!\w|\.\w)/gi;
// A year in two figures is the one of its century nearest the reference, and within this many years of it.
const TWO_FIGURE_YEAR_REACH = 30;

/** Days written with dots and a year, day first. */
export function dottedDates(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(DOTTED_DAY)) {
    const year = match[3]!.length === 4 ? Number(match[3]) : nearestYearEnding(Number(match[3]), reference.year);
    if (year === undefined) continue;
    const day = { year, month: Number(match[2]), day: Number(match[1]) };
    if (day.month < 1 || day.month > 12 || formatDay(addDays(day, 0)) !== formatDay(day)) continue;
    out.push(dayCandidate(day, match[0], match.index));
  }
  return out;
}

function nearestYearEnding(ending: number, reference: number): number | undefined {
  const century = reference - (reference % 100);
  const year = [century - 100, century, century + 100]
    .map((start) => start + ending)
    .sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference))[0]!;
  return Math.abs(year - reference) <= TWO_FIGURE_YEAR_REACH ? year : undefined;
}
