// Counting a time told from another event on from that event's date: "two days later" from a day, "the following
// week" from a day, "a month on" from a month, and the midnights that hours counted from it cross ("at 3 a.m., five
// hours after …").
import { addDays, addMonths, dayOf, formatDay, formatMonth, weekdayOf } from '../dates/calendar.ts';
import type { DateMention } from '../dates/candidates.ts';
import { hourOf } from '../dates/clock-times.ts';
import { yearCounted } from '../dates/season-counts.ts';
import type { AnchoredTime } from './anchor-patterns.ts';
import { clockTime } from './anchors.ts';

const LOOSE_COUNT = /^(?:less than|fewer than|under|nearly|almost|just|only|barely|about|around|roughly|some)\b/i;

/**
 * Days that hours counted from another event cross, by the clock time the sentence gives its own event before them:
 * "at 3 a.m., five hours after …" is the day after that event; "at 11 p.m., three hours before …" the day before.
 */
export function midnightsCrossed(sentence: string, time: AnchoredTime): number {
  if (!time.hours) return 0;
  const clock = clockTime(sentence.slice(0, time.index));
  const hour = clock ? hourOf(clock.text) : null;
  if (hour === null) return 0;
  const days = (hours: number) => Math.floor((hour - hours) / 24) * -1;
  // "about two hours after" at 1 a.m. is too loose to tell which side of midnight; "almost 22 hours after" at 2 a.m.
  // is the day before, whichever way the count is loose.
  if (!LOOSE_COUNT.test(time.text)) return days(time.hours);
  const [early, late] = [days(time.hours - LOOSE_HOURS), days(time.hours + LOOSE_HOURS)];
  return early === late ? early : 0;
}

// How far a loose count of hours ("about", "almost") may be from the hours it tells.
const LOOSE_HOURS = 2;

/** The date `time` gives when counted from `anchor`, or null when the anchor is too vague for it. */
export function countedOn(
  anchor: DateMention,
  time: Pick<AnchoredTime, 'unit' | 'amount' | 'whole' | 'days' | 'ordinal' | 'season'>,
): DateMention | null {
  if (time.unit === 'year') return yearCounted(anchor, time);
  if (time.unit === 'month') {
    if (anchor.precision === 'year') return null;
    const { year, month } = addMonths(Number(anchor.date.slice(0, 4)), Number(anchor.date.slice(5, 7)), time.amount);
    return { date: formatMonth(year, month), precision: 'month', text: '', index: 0 };
  }
  if (anchor.precision !== 'day') return null;
  const start = dayOf(anchor.date);
  if (time.unit === 'week') {
    const monday = addDays(start, -((weekdayOf(start) + 6) % 7) + 7 * time.amount);
    return { date: formatDay(monday), endDate: formatDay(addDays(monday, 6)), precision: 'day', text: '', index: 0 };
  }
  // Counting on from a span starts at its end, counting back at its start; "that day" of a span is ambiguous.
  if (time.amount === 0 && !time.ordinal && anchor.endDate) return null;
  const base = time.amount > 0 && !time.ordinal ? dayOf(anchor.endDate ?? anchor.date) : start;
  const day = addDays(base, time.amount);
  return {
    date: formatDay(day),
    ...(time.days ? { endDate: formatDay(addDays(day, time.days - 1)) } : {}),
    precision: 'day',
    text: '',
    index: 0,
  };
}
