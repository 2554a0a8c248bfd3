// A weekday counted within a month: "the first Monday of February", "the last Sunday in March 2031" is one day of that
// month; "the second Monday of each month", "the last Friday of every month" is a routine, which no date rule reads.
import { addDays, type CalendarDay, formatDay, monthYear, weekdayOf } from './calendar.ts';
import { type Candidate, dayCandidate } from './candidates.ts';
import { FULL_MONTH, monthNumber } from './months.ts';
import { monthLooksForward } from './tense.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };
const COUNTED = `\\bthe\\s+(first|second|third|fourth|last|final)\\s+(${WEEKDAYS.join('|')})\\s+(?:of|in)\\s+`;

const OF_A_MONTH = new RegExp(`${COUNTED}(${FULL_MONTH})(?:,?\\s+(\\d{4}))?\\b`, 'g');
/** The weekday of every month or year: a routine, whose words no date rule may read. */
export const WEEKDAY_OF_EVERY_MONTH = new RegExp(
  `${COUNTED}(?:(?:every|each)\\s+(?:other\\s+)?(?:month|quarter|year)|the\\s+month)\\b`,
  'gi',
);

/** The days "the first Monday of February" and the like name, in the year the sentence's tense gives. */
export function weekdaysOfMonths(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(OF_A_MONTH)) {
    const nth = NTH[match[1]!.toLowerCase()]!;
    const target = WEEKDAYS.indexOf(match[2]!);
    const month = monthNumber(match[3]!);
    const forward = monthLooksForward(sentence, match.index);
    const year = match[4] ? Number(match[4]) : monthYear(month, reference, forward);
    let day = nthWeekday(year, month, nth, target);
    // Told ahead in the page's own month after that day has gone: next year's ("will be held on the first Monday of
    // February", told on 17 February).
    if (!match[4] && forward && formatDay(day) < formatDay(reference)) day = nthWeekday(year + 1, month, nth, target);
    // "the fourth Monday" a month may not hold is none.
    if (day.month !== month) continue;
    out.push(dayCandidate(day, match[0], match.index));
  }
  return out;
}

function nthWeekday(year: number, month: number, nth: number, target: number): CalendarDay {
  const first = { year, month, day: 1 };
  return nth > 0
    ? addDays(first, ((target - weekdayOf(first) + 7) % 7) + (nth - 1) * 7)
    : lastOfMonth(year, month, target);
}

function lastOfMonth(year: number, month: number, target: number): CalendarDay {
  const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  return addDays(last, -((weekdayOf(last) - target + 7) % 7));
}
