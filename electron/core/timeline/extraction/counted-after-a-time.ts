// A part of the day told right before a count from a happening it names ("was found at lunchtime, a day after she
// vanished"): when the article has told the happening's day, the time is of the day counted on from it, not of the
// event told just before it. event-anchors.ts asks, for a sentence telling no date of its own. (A clock time so told,
// "arrested a man at 6pm, a day after the robbery", was tried too and lowered the held-out figures: it keeps its day.)
import { countedOn, midnightsCrossed } from './anchor-counting.ts';
import type { AnchoredTime } from './anchor-patterns.ts';
import { type DatedSentence, type FoundDate, namedEvent, type Told } from './told-events.ts';

/**
 * The day of the time whose words end at `end`, counted from the happening named by a count right after it, or null
 * when no such count follows or the article tells no day of that happening.
 */
export function dayCountedAfter(
  item: DatedSentence,
  end: number,
  times: readonly AnchoredTime[],
  known: { told: readonly Told[]; explicit: readonly Told[] },
): string | null {
  const text = item.sentence.text;
  const count = times.find(
    (time) => time.from && time.index >= end && !time.days && /^[\s,]*$/.test(text.slice(end, time.index)),
  );
  if (!count?.from) return null;
  const countable = (date: FoundDate) => date.precision === 'day' && !date.endDate && countedOn(date, count) !== null;
  const found = namedEvent(count.from, item, known, countable, count.ordinal);
  if (!found) return null;
  const day = countedOn(found, { ...count, amount: count.amount + midnightsCrossed(text, count) });
  return day?.precision === 'day' && !day.endDate ? day.date : null;
}
