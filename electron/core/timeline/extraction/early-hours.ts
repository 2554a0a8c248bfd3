// "in the early hours" told with no day, right after a time past midnight ("reached them just after midnight." then
// "They were landed in the early hours."): the small hours that midnight began, so the same day. After any other time
// ("late on Saturday", "at 11pm") the words could be the hours before or after it, and date nothing.
// "since the early hours" told in the present perfect ("Rain has flooded roads since the early hours") is what has gone
// on since the small hours of the day it is told on: the page's day, or its live entry's.
import { formatDay } from '../dates/calendar.ts';
import { clockOf } from '../dates/clock-times.ts';
import type { PageClock } from './page-clock.ts';
import type { DatedSentence } from './told-events.ts';

const EARLY_HOURS = /\b(?:in|during|into)\s+the\s+(?:early|small|wee)\s+hours\b(?!\s+of\b)/iu;
const SINCE_EARLY_HOURS = /\bsince\s+the\s+(?:early|small|wee)\s+hours\b(?!\s+of\b)/iu;
// A present perfect before it in its clause: "has flooded", "have been working", "has kept".
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|id|ing)\b[^,;.]*$/u;
const PAST_MIDNIGHT = /\b(?:after|past)\s+midnight\b/i;
// The small hours end at dawn: a clock time before six in the morning, its half of the day told.
const SMALL_HOURS_END = 6 * 60;

/**
 * Dates each undated "in the early hours" by a time past midnight told last in the sentence before it, and each
 * undated "since the early hours" of a present perfect by the day its sentence is told on.
 */
export function dateEarlyHours(sentences: readonly DatedSentence[], page: PageClock): void {
  sentences.forEach((item, at) => {
    const since = SINCE_EARLY_HOURS.exec(item.sentence.text);
    if (since && since.index >= item.skip && item.dates.length === 0) {
      if (!PRESENT_PERFECT.test(item.sentence.text.slice(0, since.index))) return;
      const day = formatDay(page.toldAt(item.sentence.start).day);
      item.dates.push({ date: day, precision: 'day', text: since[0], index: since.index, length: since[0].length });
      return;
    }
    const previous = sentences[at - 1];
    const match = EARLY_HOURS.exec(item.sentence.text);
    if (!match || match.index < item.skip || item.dates.length > 0 || !previous) return;
    if (previous.paragraph !== item.paragraph) return;
    const last = previous.dates.reduce<(typeof previous.dates)[number] | null>(
      (latest, date) => (latest && latest.index > date.index ? latest : date),
      null,
    );
    if (last?.precision !== 'day' || last.endDate || !pastMidnight(last.text)) return;
    item.dates.push({ date: last.date, precision: 'day', text: match[0], index: match.index, length: match[0].length });
  });
}

function pastMidnight(words: string): boolean {
  if (PAST_MIDNIGHT.test(words)) return true;
  const clock = clockOf(words);
  return clock?.halfKnown === true && clock.minutes < SMALL_HOURS_END;
}
