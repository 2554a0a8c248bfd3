// Days that name their month, through chrono ("May 16", "16 May 2025", "2025-05-16", "from May 12 to 14"), and the
// ranges chrono reads as one end only ("between June 9 and 11"); each put in the year the sentence's tense gives.
import * as chrono from 'chrono-node';
import { addDays, type CalendarDay, formatDay, monthYear, nearestMonthYear } from './calendar.ts';
import { type Candidate, monthCandidate, rangeOfDays } from './candidates.ts';
import { doneOnTheDay } from './done-on-the-day.ts';
import type { FigureOrder } from './figure-order.ts';
import { FULL_MONTH, MONTH_NAME, monthNumber } from './months.ts';
import { looksBack, monthLooksForward, tellsNoTense } from './tense.ts';

const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/;
// chrono reads "05/04/2032" month first, as American pages write it; a page that writes its days first ("16/06/2031"
// elsewhere, or "16 June") means 5 April. Only such figures are read again day first: chrono's day-first reading also
// skips "June 25" told without a year. A span's ends are written the same way round ("from 3/7/2034 to 5/7/2034").
const DAY_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const FIGURES_WITH_YEAR =
  /^\d{1,2}\/\d{1,2}\/\d{4}(?:\s*(?:to|through|until|till|and|-|–)\s*\d{1,2}\/\d{1,2}\/\d{4})?$/;
// How long before the reference a day chrono chose must be for a clause looking forward to mean the next one.
const GONE_BY_DAYS = 90;
// How far ahead of the reference a day chrono chose must be for a deed done right on it (`doneOnTheDay`) to mean last
// year's: a deed cannot be done on a day still to come, but a page's stamp may trail what it tells by a few days.
const AHEAD_OF_A_DEED_DAYS = 7;

// A day told as when a deed was done, not a limit it ran to or from ("was adjourned until October 28").
const LIMIT_BEFORE = /\b(?:until|till|to|by|for|from|through|into|before)\s+$/i;

function pastDeedOn(sentence: string, index: number): boolean {
  return looksBack(sentence, index) && !LIMIT_BEFORE.test(sentence.slice(0, index));
}

/**
 * Dates that name their month (or are numeric with a year), through chrono: "May 16", "16 May 2025", "2025-05-16",
 * "from May 12 to 14". Figures with a year are read in the page's `order` when it shows one.
 */
export function explicitDates(sentence: string, reference: CalendarDay, order: FigureOrder | null = null): Candidate[] {
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  const results = chrono.strict.parse(sentence, { instant, timezone: 0 }).map((result) => {
    if (order !== 'day-first' || !FIGURES_WITH_YEAR.test(result.text)) return result;
    const again = DAY_FIRST.parse(result.text, { instant, timezone: 0 })[0];
    return again ? Object.assign(again, { index: result.index }) : result;
  });
  const out: Candidate[] = betweenDays(sentence, reference);
  for (const result of results) {
    if (!MONTH_NAME.test(result.text) && !NUMERIC_DATE.test(result.text)) continue;
    const start = result.start;
    const month = start.get('month');
    if (!month || !start.isCertain('month')) continue;
    // "end of July" names a part of a month, not a day.
    const vague = /\b(?:end|beginning|start|middle|mid|early|late)\b/i.test(result.text);
    if (start.isCertain('day') && !vague) {
      const day = { year: start.get('year') ?? reference.year, month, day: start.get('day') ?? 1 };
      // chrono takes the nearest such day; a clause looking forward ("will keep paying until December 31") means the
      // coming one when that day is months gone (a day just gone may be what "would reopen on June 1" came to).
      const monthsGone = formatDay(day) < formatDay(addDays(reference, -GONE_BY_DAYS));
      // So does a day months ahead told as a deed done ("The airstrip was shut on October 28", in June), or weeks ahead
      // as what was done on that very day ("The hearings were on 2, 3 and 5 May", in March): last year's.
      const monthsAhead = formatDay(day) > formatDay(addDays(reference, GONE_BY_DAYS));
      const weeksAhead = formatDay(day) > formatDay(addDays(reference, AHEAD_OF_A_DEED_DAYS));
      const ahead = start.isCertain('year')
        ? 0
        : monthsGone && monthLooksForward(sentence, result.index)
          ? 1
          : (monthsAhead || (weeksAhead && doneOnTheDay(sentence, result.index))) && pastDeedOn(sentence, result.index)
            ? -1
            : 0;
      day.year += ahead;
      const end = result.end;
      const endDay = end?.isCertain('day')
        ? {
            year: (end.get('year') ?? day.year) + (end.isCertain('year') ? 0 : ahead),
            month: end.get('month') ?? month,
            day: end.get('day') ?? 1,
          }
        : null;
      // "September 23, from 4 p.m. to 7 p.m." spans hours of one day: a day, not a range.
      const endDate = endDay && formatDay(endDay) !== formatDay(day) ? formatDay(endDay) : null;
      out.push({
        date: formatDay(day),
        ...(endDate ? { endDate } : {}),
        precision: 'day',
        text: result.text,
        index: result.index,
        length: result.text.length,
      });
    } else {
      const year = start.isCertain('year')
        ? (start.get('year') ?? reference.year)
        : monthYear(month, reference, monthLooksForward(sentence, result.index));
      out.push(monthCandidate(year, month, result.text, result.index));
    }
  }
  return out;
}

// "between June 9 and 11", "between 9 and 11 June": a range chrono reads as its first day only; so is "from 9 to 11
// June", which it reads as its last. Months may be cut short, as agencies write them ("between Oct 18 and 20").
const MONTH_WORD = `(${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const BETWEEN_DAYS = new RegExp(
  `\\b(?:between|from)\\s+(?:${MONTH_WORD}\\s+(\\d{1,2})|(\\d{1,2}))\\s+(?:and|to|until|till)\\s+(\\d{1,2})(?:\\s+${MONTH_WORD})?(?:,?\\s+(\\d{4}))?(?!\\w)`,
  'g',
);

function betweenDays(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(BETWEEN_DAYS)) {
    const monthName = match[1] ?? match[5];
    if (!monthName || (match[1] && match[5])) continue;
    // "between 9 and 11" and "from 9 to 11": each with its own joining word; "from June 9 to 11" chrono reads whole.
    const from = /^from/i.test(match[0]);
    if (from !== /\s(?:to|until|till)\s/i.test(match[0]) || (from && match[1])) continue;
    const month = monthNumber(monthName);
    const first = Number(match[2] ?? match[3]);
    const last = Number(match[4]);
    if (first >= last || last > 31) continue;
    const year = match[6]
      ? Number(match[6])
      : tellsNoTense(sentence, match.index)
        ? nearestMonthYear(month, reference)
        : monthYear(month, reference, monthLooksForward(sentence, match.index));
    out.push(rangeOfDays({ year, month, day: first }, { year, month, day: last }, match[0], match.index));
  }
  return out;
}
