// Calendar-day arithmetic in the publisher's local calendar (no clocks, no time zones once the day is known).

export type Precision = 'day' | 'month' | 'year';

export interface CalendarDay {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** A year as news text writes one, 1800 to 2099, as the source of a regular expression. */
export const YEAR_DIGITS = '(?:1[89]|20)\\d{2}';
const YEAR_NUMBER = new RegExp(`^${YEAR_DIGITS}$`);

/** Whether a number in digits ("1998", "2031") could be a year. */
export function isYearNumber(digits: string): boolean {
  return YEAR_NUMBER.test(digits);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The day an article speaks from: the publication date as the publisher wrote it (its local date, whatever
 * its UTC offset), else the save date.
 */
export function referenceDay(publishedAt: string | null, savedAt: string): CalendarDay {
  const match = ISO_DAY.exec(publishedAt ?? '') ?? ISO_DAY.exec(savedAt);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const saved = new Date(savedAt);
  const date = Number.isNaN(saved.getTime()) ? new Date() : saved;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** The month `months` after (or before, if negative) the given one, as {year, month}. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The day a YYYY-MM-DD date names. */
export function dayOf(date: string): CalendarDay {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatDay(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The year that puts a month named without one nearest the reference month, either way. */
export function nearestMonthYear(month: number, reference: CalendarDay): number {
  const ahead = (month - reference.month + 12) % 12;
  return ahead <= 6 ? monthYear(month, reference, true) : monthYear(month, reference, false);
}

/** The year of a month named without one: on or before the reference month, or on or after it looking forward. */
export function monthYear(month: number, reference: CalendarDay, forward: boolean, strict = false): number {
  if (forward)
    return month > reference.month || (month === reference.month && !strict) ? reference.year : reference.year + 1;
  return month < reference.month || (month === reference.month && !strict) ? reference.year : reference.year - 1;
}
