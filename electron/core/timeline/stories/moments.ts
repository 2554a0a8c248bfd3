// Moments an article tells: the minute of the clock ("9:12 p.m.", "at 9:12") and the calendar day ("May 19", "19
// May", "5/19"). Two reports of one happening give its minute and its days, whatever words and names they tell them
// with (a wire's governor and a neighbour's blog post's "Gov. Whitcombe"); two happenings of one town rarely share a
// minute, and weeks apart share no day. Stories compare articles by them as by names (stories.ts).
import { clockTimesIn } from '../dates/clock-times.ts';
import { DAY_ENDING, MONTH_STEMS, monthNumber } from '../dates/months.ts';

const MONTH_NAME = String.raw`(${MONTH_STEMS})[a-z]*\.?`;
// "May 19", "May 19th", "19 May", "19th of May"; not "May 2031" (a year) nor "may 3 people".
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})${DAY_ENDING}?\b(?![,.]?\d|\s*(?:%|people))`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})${DAY_ENDING}?\s+(?:of\s+)?${MONTH_NAME}\b`, 'gi');
// "5/19", "19/5", "on 10/5": a day and a month in either order, not a date with its year ("5/19/2032" still counts) nor
// a fraction or a score in a longer run of figures ("1/2/3").
const FIGURES = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?!\d|\.\d|\/\d)/g;
const CAPITALISED_MAY = /\bMay\b/;

/**
 * The moments a text tells, as keys: "@9:12" for a minute of the clock (its half of the day left out, as a neighbour
 * writing "at 9:12" leaves it; minutes on the hour and the half hour are left out, as any two stories tell them), and
 * "@5/19" for a day of the year (month and day; in figures, where the order is not told, the smaller number first).
 */
export function momentsIn(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  for (const time of clockTimesIn(text)) {
    if (time.minutes % 30 === 0) continue;
    const minutes = time.minutes % 720;
    add(`@${Math.floor(minutes / 60) || 12}:${String(minutes % 60).padStart(2, '0')}`);
  }
  for (const match of text.matchAll(MONTH_DAY)) {
    // "may" is a verb unless written as the month's name.
    if (match[1]!.toLowerCase() === 'may' && !CAPITALISED_MAY.test(match[0])) continue;
    day(monthNumber(match[1]!), Number(match[2]), add);
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    if (match[2]!.toLowerCase() === 'may' && !CAPITALISED_MAY.test(match[0])) continue;
    day(monthNumber(match[2]!), Number(match[1]), add);
  }
  for (const match of text.matchAll(FIGURES)) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    if (a === 24 && b === 7) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    if (low >= 1 && low <= 12 && high <= 31) add(`@${low}/${high}`);
  }
  return out;
}

/** A month and day as the figures key them: the smaller number first, since "6/4" may be either. */
function day(month: number, date: number, add: (key: string) => void): void {
  if (date < 1 || date > 31) return;
  add(month < date ? `@${month}/${date}` : `@${date}/${month}`);
}

/**
 * How many moments two articles both tell, as evidence of one happening: every minute of the clock, and days only when
 * they share more than one. One day in common is the calendar's coincidence (in the gold set's tuned articles 339 pairs
 * of different stories share one, 5 share two and none of those shares a name); two days, or a minute, tell one
 * happening's course.
 */
export function momentsInCommon(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (!a || !b) return 0;
  const shared = a.filter((moment) => b.includes(moment));
  const days = shared.filter((moment) => moment.includes('/')).length;
  return shared.length - (days === 1 ? 1 : 0);
}

/**
 * The overlap of two articles' names (`names`, of `sizeA` and `sizeB` names) with the moments both tell counted as names
 * both give. Moments one tells and the other does not count for nothing: how many times and days an article gives is
 * how closely it tells, not how much else it is about. The caller counts moments only beside more than one name in
 * common: a day two articles share beside the town alone is a coincidence of the calendar (two stories of one town in
 * one week), beside the same people it is the same happening.
 */
export function namesWithMoments(names: number, moments: number, sizeA: number, sizeB: number): number {
  if (moments === 0 || sizeA === 0 || sizeB === 0) return names;
  return Math.min(1, names + moments / Math.sqrt(sizeA * sizeB));
}
