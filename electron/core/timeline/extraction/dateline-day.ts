// The day a wire speaks from: its dateline's ("PELL VALLEY, Calif., Aug. 12 (Wirepoint) — …"). A wire's stamp is often
// in UTC or its desk's zone, a calendar day after the town it was filed from ("Aug. 12" filed at 01:30 UTC on
// Aug. 13), and a page may be saved days after it was filed; its "yesterday", "last night" and "today" count from
// the day its dateline names.
import { addDays, type CalendarDay, nearestMonthYear } from '../dates/calendar.ts';
import { daysBetween } from '../dates/figure-dates.ts';
import { MONTH_NAME, monthNumber } from '../dates/months.ts';
import type { Sentence } from '../language/sentences.ts';
import { DATELINE } from './furniture.ts';

const MONTH = MONTH_NAME.source;
// "Aug. 12", "Sept 14", "12 August".
const DAY_IN_DATELINE = new RegExp(`${MONTH}\\.?\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(${MONTH})`);
// How far the dateline's day may lie from the stamp's: a day ahead (a town east of the desk's zone), a week behind (a
// page saved or republished days after it was filed). Farther, the stamp and the dateline are of different reports.
const DAYS_AHEAD = 1;
const DAYS_BEHIND = 7;

/** The day of the first dateline opening a sentence, when it names one near the reference day; else the reference. */
export function datelineDay(sentences: readonly Sentence[], reference: CalendarDay): CalendarDay {
  const dateline = sentences.map((sentence) => DATELINE.exec(sentence.text)?.[0]).find((found) => found);
  const named = dateline ? DAY_IN_DATELINE.exec(dateline) : null;
  if (!named) return reference;
  const month = monthNumber(named[0].match(MONTH_NAME)?.[0] ?? '');
  const dayOfMonth = Number(named[1] ?? named[2]);
  const day = { year: nearestMonthYear(month, reference), month, day: dayOfMonth };
  // "Feb 30": no such day.
  if (month === 0 || addDays(day, 0).day !== dayOfMonth) return reference;
  const ahead = daysBetween(reference, day);
  return ahead <= DAYS_AHEAD && ahead >= -DAYS_BEHIND ? day : reference;
}
