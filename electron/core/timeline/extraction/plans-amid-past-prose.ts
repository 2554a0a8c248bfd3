// A plan told in the simple present amid prose told in the past: "Her trial was adjourned last month. It restarts at
// the crown court on Monday." News tells its story in the past tense; a sentence that turns to the present right after
// a deed told in the past does so on purpose, for a timetable, so its bare weekday is the coming one however far ahead.
// On its own (a standfirst, a caption, a headline's line: "The council leader quits on Monday" told on a Wednesday) a
// present may tell the day just gone, and weekdays.ts reads it ahead only for the nearer coming day; this reads it
// ahead for the farther one too when the sentence before, in its paragraph, tells a deed done.
import { addDays, type CalendarDay, dayOf, formatDay } from '../dates/calendar.ts';
import { tellsPast, weekdayLooksForward } from '../dates/tense.ts';
import type { DatedSentence } from './told-events.ts';

const WEEK_NAMED_AFTER = /^,?\s+(?:of\s+)?(?:last|next|this)\s+week\b/i;
const BARE_WEEKDAY = /^(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Moves a bare weekday of a present plan, read as the last such day, to the coming one after a deed told in the past. */
export function datePlansAmidPastProse(sentences: readonly DatedSentence[], reference: CalendarDay): void {
  const today = formatDay(reference);
  sentences.forEach((item, i) => {
    const before = sentences[i - 1];
    if (!before || before.paragraph !== item.paragraph || !tellsPast(before.sentence.text)) return;
    const text = item.sentence.text;
    item.dates = item.dates.map((date, d) => {
      if (d >= item.explicit || date.precision !== 'day' || date.endDate || date.date >= today) return date;
      const weekday = BARE_WEEKDAY.exec(date.text)?.[1];
      if (!weekday) return date;
      const at = date.index + date.text.length - weekday.length;
      if (WEEK_NAMED_AFTER.test(text.slice(date.index + date.text.length))) return date; // "on Friday last week"
      return weekdayLooksForward(text, at, true) ? { ...date, date: formatDay(addDays(dayOf(date.date), 7)) } : date;
    });
  });
}
