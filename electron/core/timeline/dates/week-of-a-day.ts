// A week named by one of its days ("the week of April 6", "the week beginning 12 January", "the week starting Monday
// 3 March"): the seven days from that day, not the day alone. Schedules give a week this way when no day is fixed.
import { addDays, dayOf, formatDay } from './calendar.ts';
import type { DateMention } from './candidates.ts';

const WEEK_OF_BEFORE = /\bthe\s+week\s+(?:of|beginning|starting|commencing)\s+(?:on\s+)?$/i;

/** The dates with each day that names a week widened to the week it names. */
export function withWeeksOfDays<T extends DateMention>(sentence: string, found: readonly T[]): T[] {
  return found.map((mention) => {
    if (mention.precision !== 'day' || mention.endDate) return mention;
    const before = WEEK_OF_BEFORE.exec(sentence.slice(0, mention.index));
    if (!before) return mention;
    const words = before[0].replace(/^the\s+/i, '');
    return {
      ...mention,
      endDate: formatDay(addDays(dayOf(mention.date), 6)),
      text: `${words}${mention.text}`,
      index: mention.index - words.length,
    };
  });
}
