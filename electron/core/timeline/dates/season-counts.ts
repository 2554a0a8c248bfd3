// Years counted from a time told, and a season counted from it ("the following spring", "the previous winter"): the
// next such season to come after a month or day, or the last gone before it, which need not be a year away.
import type { DateMention } from './candidates.ts';

/** The months each season spans, winter from its December (to the next year's February, "14"). */
export const SEASON_MONTHS: Readonly<Record<string, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};

/**
 * The years to a season counted from a month or day: the next such season to come after it ("in February … the
 * following summer" is that year's) or the last gone before it; from a year alone, the year's count.
 */
function seasonShift(anchor: DateMention, time: { amount: number; season?: [number, number] }): number {
  if (!time.season || anchor.precision === 'year' || Math.abs(time.amount) !== 1) return time.amount;
  const month = Number(anchor.date.slice(5, 7));
  const [first, last] = time.season;
  if (time.amount > 0) return month < first ? 0 : 1;
  // A winter (from its December, `last` past 12) is never over within the year it began.
  return month > last ? 0 : -1;
}

/** The year `time` gives counted from `anchor`: a count of years, or a season counted from a month or day. */
export function yearCounted(anchor: DateMention, time: { amount: number; season?: [number, number] }): DateMention {
  const year = Number(anchor.date.slice(0, 4)) + seasonShift(anchor, time);
  return { date: String(year).padStart(4, '0'), precision: 'year', text: '', index: 0 };
}
