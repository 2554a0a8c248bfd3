// A page published in the small hours tells the night just gone by its weekday: "Councillors vote on rates relief on
// Tuesday night" on a page of 00:35 on Wednesday is the night that has just ended, not the Tuesday a week ahead that a
// verb in the present would otherwise make it. Told with "next" or "this", or of another weekday, it keeps its reading.
import { addDays, type CalendarDay, formatDay } from '../dates/calendar.ts';
import type { DatedSentence } from './told-events.ts';

/** Until when, in minutes after midnight, a page is written in the night before's small hours. */
const SMALL_HOURS_END = 6 * 60;
const BARE_WEEKDAY = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;
const NIGHT_AFTER = /^\s+(?:night|evening)\b/i;

/**
 * Moves each bare weekday told with its night or evening, read as the same weekday a week after the day before the
 * page, back to the day before, on a page published (`minutes` into the reference day) in the small hours.
 */
export function dateSmallHoursNights(
  sentences: readonly DatedSentence[],
  reference: CalendarDay,
  minutes: number | null,
): void {
  if (minutes === null || minutes >= SMALL_HOURS_END) return;
  const nightBefore = formatDay(addDays(reference, -1));
  const weekAhead = formatDay(addDays(reference, 6));
  for (const item of sentences) {
    const text = item.sentence.text;
    for (const date of item.dates) {
      if (date.precision !== 'day' || date.endDate || date.date !== weekAhead || !BARE_WEEKDAY.test(date.text))
        continue;
      if (NIGHT_AFTER.test(text.slice(date.index + date.length))) date.date = nightBefore;
    }
  }
}
