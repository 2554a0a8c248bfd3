// The day of a clock time told on a live page where nothing else dates it ("Officers arrested a man at 12.20am" in an
// entry stamped 00:35, after entries stamped 21:40 and 23:50, on a page that names no day): the page's own clock says
// which day, the stamp of the entry the sentence stands in, each stamp counted on from the publication day as the
// publisher wrote it and a day later each time the stamps pass midnight. A past happening at a later hour than the
// stamp it is told under was the day before ("The fire broke out at 11pm", under 00:40).
import { addDays, type CalendarDay, formatDay } from './calendar.ts';
import { clockOf } from './clock-times.ts';
import { entryStamps } from './live-entries.ts';
import { tellsPast } from './tense.ts';

const WRITTEN_CLOCK = /T(\d{2}):(\d{2})/;

/** Minutes into the day of a time stamp as written ("2031-03-05T00:40:00+01:00" is 40), or null with no time. */
export function writtenMinutes(stamp: string | null): number | null {
  const match = WRITTEN_CLOCK.exec(stamp ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export interface PageClock {
  /** The day and minutes a sentence starting at `start` is told at: its live entry's stamp, else the publication. */
  toldAt(start: number): { day: CalendarDay; minutes: number | null; stamped: boolean };
  /** The day of a clock time told in the sentence at `start` that nothing else dates (`clockDayOnPage`). */
  clockDay(start: number, sentence: string, clock: string, hasMain: boolean): string | null;
  /** The entry's day of a clock time a live entry tells in the present ("the display starts at 7.30pm"), or null. */
  presentDay(start: number, sentence: string, clock: { text: string; index: number }): string | null;
}

export function pageClock(text: string, published: CalendarDay, minutes: number | null): PageClock {
  const stamps = entryStamps(text);
  const days = stamps.length >= 2 ? stampDays(stamps, published, minutes) : [];
  const page: PageClock = {
    toldAt(start) {
      const entry = days.findLast((stamp) => stamp.at <= start);
      return entry
        ? { day: entry.day, minutes: entry.minutes, stamped: true }
        : { day: published, minutes, stamped: false };
    },
    clockDay: (start, sentence, clock, hasMain) => clockDayOnPage(page, start, sentence, clock, hasMain),
    presentDay(start, sentence, clock) {
      const told = page.toldAt(start);
      if (!told.stamped || !PRESENT_START.test(sentence.slice(0, clock.index)) || !clockOf(clock.text)?.halfKnown)
        return null;
      return formatDay(told.day);
    },
  };
  return page;
}

// A live entry telling what starts at a time in the present ("where the display starts at 7.30pm", "the parade begins
// at 8.45pm", "the count is due to start at 10pm"): the evening the entry is written in, not the day of a happening
// told before it (the vigil that "starts at 7pm" two days after Friday's crash).
const PRESENT_START =
  /\b(?:starts?|begins?|opens?|kicks?\s+off|gets?\s+under\s*way|(?:is|are)\s+due\s+to\s+(?:start|begin|open))\s+$/i;

/** The day of each stamp: the stamps read oldest first cross midnight each time one is earlier than the one before. */
function stampDays(
  stamps: readonly { at: number; minutes: number }[],
  published: CalendarDay,
  minutes: number | null,
): { at: number; minutes: number; day: CalendarDay }[] {
  // Entries run newest first or oldest first, whichever way round the page spans fewer hours ("23:40" then "00:50"
  // is an hour and ten minutes on, not almost a day back).
  const reversed = [...stamps].reverse();
  const oldestFirst = elapsed(reversed) < elapsed(stamps) ? reversed : [...stamps];
  let crossed = 0;
  const offsets = oldestFirst.map((stamp, i) => {
    if (i > 0 && stamp.minutes < oldestFirst[i - 1]!.minutes) crossed++;
    return crossed;
  });
  // A page opened at its publication time runs on from that day; one whose first entry is earlier than it was
  // published (a last update's time) ends on that day.
  const opened = minutes === null || oldestFirst[0]!.minutes >= minutes;
  const first = opened ? published : addDays(published, -crossed);
  return oldestFirst.map((stamp, i) => ({ ...stamp, day: addDays(first, offsets[i]!) }));
}

/**
 * The day (YYYY-MM-DD) of a clock time nothing else on the page dates: its live entry's day, when the page tells no
 * main event to date it by (`hasMain`). Null off a live page, and when the clock's half of the day is untold ("a
 * quarter past three").
 */
export function clockDayOnPage(
  page: PageClock,
  start: number,
  sentence: string,
  clock: string,
  hasMain: boolean,
): string | null {
  const told = page.toldAt(start);
  // Off a live page, the publication time alone dates no clock: a page naming no day may tell hours that recur ("the
  // chorus ran on until well past 1 a.m." in the city's ponds).
  if (!told.stamped || hasMain) return null;
  const time = clockOf(clock);
  if (!time?.halfKnown) return null;
  const later = told.minutes !== null && time.minutes > told.minutes && tellsPast(sentence);
  return formatDay(later ? addDays(told.day, -1) : told.day);
}

/** Minutes from the first stamp to the last, each step forward round the clock. */
function elapsed(stamps: readonly { minutes: number }[]): number {
  return stamps.slice(1).reduce((sum, stamp, i) => sum + ((stamp.minutes - stamps[i]!.minutes + 1440) % 1440), 0);
}
