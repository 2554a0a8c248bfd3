// How the timeline writes an event's date: as precise as Annals knows it, ranges with an en dash.
import type { Precision } from '../../../electron/contract/timeline.ts';

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
/** "May" for 5: dates on the timeline are written in English, as the rest of the app. */
const monthName = (month: number) => monthFormat.format(Date.UTC(2000, month - 1, 1));

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** "2025-05-14" → {year, month, day}; "2025-05" and "2025" give fewer parts. */
export function dateParts(date: string): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** "14 May 2025", "May 2025" or "2025". */
export function singleDateLabel(date: string): string {
  const { year, month, day } = dateParts(date);
  if (!month) return String(year);
  const name = monthName(month);
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** "14 May 2025"; a range shares what its ends share: "12–14 May 2025", "July–September 2025", "2024–2026". */
export function eventDateLabel(event: { date: string; endDate?: string | undefined; precision: Precision }): string {
  if (!event.endDate || event.endDate === event.date) return singleDateLabel(event.date);
  const from = dateParts(event.date);
  const to = dateParts(event.endDate);
  if (!from.month || !to.month) return `${from.year}–${to.year}`;
  const fromMonth = monthName(from.month);
  const toMonth = monthName(to.month);
  if (!from.day || !to.day) {
    return from.year === to.year
      ? `${fromMonth}–${toMonth} ${to.year}`
      : `${fromMonth} ${from.year} – ${toMonth} ${to.year}`;
  }
  if (from.year === to.year && from.month === to.month) return `${from.day}–${to.day} ${toMonth} ${to.year}`;
  if (from.year === to.year) return `${from.day} ${fromMonth} – ${to.day} ${toMonth} ${to.year}`;
  return `${singleDateLabel(event.date)} – ${singleDateLabel(event.endDate)}`;
}

/** The precision a typed date has: YYYY-MM-DD is a day, YYYY-MM a month, YYYY a year; null if it is none. */
export function precisionOfTyped(date: string): Precision | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last) return null;
    return 'day';
  }
  return month ? 'month' : 'year';
}
