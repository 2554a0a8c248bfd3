// Days of one month told as a list ("on 3 and 4 November", "on May 20 and 21,"): each day of the list is a date of its
// own, though the month is written once.
import type { DateMention } from './candidates.ts';
import { DAY_ENDING, FULL_MONTH } from './months.ts';

// Days of one month told as a list, each its own day ("on 3 and 4 November", "on 2, 3 and 5 May", "on May 20 and
// 21,"): the month is written once, after the list or before it.
// Each day a number of its own, not the end of a larger one ("1,215 and 9 October").
const DAYS_LISTED_BEFORE = new RegExp(
  `((?<![\\d,.])(?:\\d{1,2}${DAY_ENDING}?,\\s+)*\\d{1,2}${DAY_ENDING}?,?\\s+and\\s+)$`,
);
// After "May 20", only a list that its clause plainly ends ("and 21,", "and 21."): not "May 3 and 40 others", nor a
// figure going on past its comma or point ("May 3 and 4,000 jobs", "and 2.5 million").
const DAYS_LISTED_AFTER = new RegExp(
  `^((?:,\\s+\\d{1,2}${DAY_ENDING}?)*,?\\s+and\\s+\\d{1,2}${DAY_ENDING}?)(?=\\s*(?:[,.;:!?)](?!\\d)|$))`,
);

const MONTH_THEN_DAY = new RegExp(`^(?:${FULL_MONTH})\\s+\\d{1,2}${DAY_ENDING}?$`);
const DAY_THEN_MONTH = new RegExp(`^\\d{1,2}${DAY_ENDING}?\\s+(?:${FULL_MONTH})$`);

/** The dates found, with the other days of a list each day of a month ends or opens, in that day's month and year. */
export function withListedDays(sentence: string, found: DateMention[]): DateMention[] {
  const out = [...found];
  for (const mention of found) {
    if (mention.precision !== 'day' || mention.endDate) continue;
    const monthFirst = MONTH_THEN_DAY.test(mention.text);
    if (!monthFirst && !DAY_THEN_MONTH.test(mention.text)) continue;
    // The days the month holds ("April 30 and 31" names no 31 April).
    const last = new Date(Date.UTC(Number(mention.date.slice(0, 4)), Number(mention.date.slice(5, 7)), 0)).getUTCDate();
    for (const other of listedDays(sentence, mention.index, mention.index + mention.text.length, monthFirst)) {
      if (other.day > last) continue;
      if (out.some((d) => other.index < d.index + d.text.length && d.index < other.index + other.text.length)) continue;
      out.push({ ...mention, date: `${mention.date.slice(0, 8)}${String(other.day).padStart(2, '0')}`, ...other });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function listedDays(
  sentence: string,
  start: number,
  end: number,
  monthFirst: boolean,
): { day: number; text: string; index: number }[] {
  const list = monthFirst
    ? DAYS_LISTED_AFTER.exec(sentence.slice(end, end + 40))
    : DAYS_LISTED_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  // "between 2 and 5 May" is a range, read as one elsewhere.
  if (!list || (!monthFirst && /\b(?:between|from)\s+$/i.test(sentence.slice(0, start - list[1]!.length)))) return [];
  const offset = monthFirst ? end : start - list[1]!.length;
  return [...list[1]!.matchAll(/\d{1,2}/g)]
    .map((d) => ({ day: Number(d[0]), text: d[0], index: offset + d.index }))
    .filter((d) => d.day >= 1 && d.day <= 31);
}
