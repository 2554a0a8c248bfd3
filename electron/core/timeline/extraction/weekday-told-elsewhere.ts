// One weekday is one day in a news article: a report names "Monday" for the one Monday it is about, and says "last" or
// "next" when it means another. A bare weekday whose own clause tells neither a deed done nor anything ahead ("The
// proposal goes before the full council on Monday.", "Monday's election is the first since 2030.") is read as the last
// such day by weekdays.ts, for want of a tense; when the article tells that weekday elsewhere, in words that say which,
// as the coming one ("will vote on Monday", "next Monday") and nowhere as the last one, it is read as the coming one too.
// Not the other way: a page may set out the week gone by and then the one ahead ("Coming up: … travels on Tuesday").
import { addDays, type CalendarDay, dayOf, formatDay } from '../dates/calendar.ts';
import { dayToldNeitherWay } from '../dates/tense.ts';
import type { DatedSentence, FoundDate } from './told-events.ts';

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const BARE_WEEKDAY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

interface Reading {
  item: DatedSentence;
  date: FoundDate;
  untold: boolean;
}

/** Moves an untold bare weekday read as the last such day to the coming one when the article tells only that one. */
export function dateWeekdaysAsToldElsewhere(sentences: readonly DatedSentence[], reference: CalendarDay): void {
  const today = formatDay(reference);
  const readings: Reading[] = sentences.flatMap((item) =>
    item.dates.slice(0, item.explicit).flatMap((date) => {
      if (date.precision !== 'day' || date.endDate || date.date === today) return [];
      const weekday = WEEKDAY.exec(date.text);
      if (!weekday) return [];
      const at = date.index + weekday.index;
      const untold = BARE_WEEKDAY.test(date.text) && date.date < today && dayToldNeitherWay(item.sentence.text, at);
      return [{ item, date, untold }];
    }),
  );
  const told = new Set(readings.filter((reading) => !reading.untold).map((reading) => reading.date.date));
  for (const { item, date, untold } of readings) {
    if (!untold || told.has(date.date)) continue;
    const coming = formatDay(addDays(dayOf(date.date), 7));
    if (!told.has(coming)) continue;
    item.dates = item.dates.map((d) => (d === date ? { ...d, date: coming } : d));
  }
}
