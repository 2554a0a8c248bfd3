// Whether a dated event is background: a past happening told as context rather than part of the story reported.
import { addDays, type CalendarDay, formatDay } from '../dates/calendar.ts';
import type { DateMention } from '../dates/candidates.ts';

/** How far back a day or a month is still the story's own past rather than its background. */
const STORY_REACH_DAYS = 180;

/**
 * Background when the words name a past happening ("a 2010 eruption"), when a whole year before the year of
 * publication is meant ("in 2019", "last year"), or when the time ends more than about six months before publication.
 */
export function isBackground(
  date: Pick<DateMention, 'date' | 'endDate' | 'precision' | 'background'>,
  reference: CalendarDay,
): boolean {
  if (date.background) return true;
  const last = date.endDate ?? date.date;
  if (date.precision === 'year') return Number(last) < reference.year;
  const reach = formatDay(addDays(reference, -STORY_REACH_DAYS));
  const lastDay = date.precision === 'month' ? `${last}-31` : last;
  return lastDay < reach;
}
