// A weekday counted within a month: "the first Monday of February", "the last Sunday in March 2031" is one day of that
// month; "the second Monday of each month", "the last Friday of every month" is a routine, which no date rule reads.
import { addDays, type CalendarDay, monthYear, weekdayOf } from './calendar.ts';
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
    const year = match[4] ? Number(match[4]) : monthYear(month, reference, monthLooksForward(sentence, match.index));
    const first = { year, month, day: 1 };
    const day =
      nth > 0
        ? addDays(first, ((target - weekdayOf(first) + 7) % 7) + (nth - 1) * 7)
        : lastOfMonth(year, month, target);
    // "the fourth Monday" a month may not hold is none.
    if (day.month !== month) continue;
    out.push(dayCandidate(day, match[0], match.index));
  }
  return out;
}

function lastOfMonth(year: number, month: number, target: number): CalendarDay {
  const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  return addDays(last, -((weekdayOf(last) - target + 7) % 7));
}
