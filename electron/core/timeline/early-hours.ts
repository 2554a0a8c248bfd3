// "in the early hours" told with no day, right after a time past midnight ("reached them just after midnight." then
// "They were landed in the early hours."): the small hours that midnight began, so the same day. After any other time
// ("late on Saturday", "at 11pm") the words could be the hours before or after it, and date nothing.
import { clockOf } from './clock-times.ts';
import type { DatedSentence } from './told-events.ts';

const EARLY_HOURS = /\b(?:in|during|into)\s+the\s+(?:early|small|wee)\s+hours\b(?!\s+of\b)/iu;
const PAST_MIDNIGHT = /\b(?:after|past)\s+midnight\b/i;
// The small hours end at dawn: a clock time before six in the morning, its half of the day told.
const SMALL_HOURS_END = 6 * 60;

/** Dates each undated "in the early hours" by a time past midnight told last in the sentence before it. */
export function dateEarlyHours(sentences: readonly DatedSentence[]): void {
  sentences.forEach((item, at) => {
    const previous = sentences[at - 1];
    const match = EARLY_HOURS.exec(item.sentence.text);
    if (!match || match.index < item.skip || item.dates.length > 0 || !previous) return;
    if (previous.paragraph !== item.paragraph) return;
    const last = previous.dates.reduce<(typeof previous.dates)[number] | null>(
      (latest, date) => (latest && latest.index > date.index ? latest : date),
      null,
    );
    if (!last || last.precision !== 'day' || last.endDate || !pastMidnight(last.text)) return;
    item.dates.push({ date: last.date, precision: 'day', text: match[0], index: match.index, length: match[0].length });
  });
}

function pastMidnight(words: string): boolean {
  if (PAST_MIDNIGHT.test(words)) return true;
  const clock = clockOf(words);
  return clock !== null && clock.halfKnown && clock.minutes < SMALL_HOURS_END;
}
