// The day of a clock time told on a live page where nothing else dates it ("Officers arrested a man at 12.20am" in an
// entry stamped 00:35, after entries stamped 21:40 and 23:50, on a page that names no day): the page's own clock says
// which day, the stamp of the entry the sentence stands in, each stamp counted on from the publication day as the
// publisher wrote it and a day later each time the stamps pass midnight. A past happening at a later hour than the
// stamp it is told under was the day before ("The fire broke out at 11pm", under 00:40).
import { addDays, type CalendarDay, formatDay } from '../dates/calendar.ts';
import { clockOf } from '../dates/clock-times.ts';
import { daysBetween } from '../dates/figure-dates.ts';
import { tellsPast } from '../dates/tense.ts';
import { type LiveEntries, liveEntries } from './live-entry-order.ts';

const WRITTEN_CLOCK = /T(\d{2}):(\d{2})/;

/** Minutes into the day of a time stamp as written ("2031-03-05T00:40:00+01:00" is 40), or null with no time. */
export function writtenMinutes(stamp: string | null): number | null {
  const match = WRITTEN_CLOCK.exec(stamp ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export interface PageClock {
  /** The day and minutes a sentence starting at `start` is told at: its live entry's stamp, else the publication. */
  toldAt(start: number): { day: CalendarDay; minutes: number | null; stamped: boolean };
  /**
   * The day of a clock time told in the sentence at `start` that no happening it names dates: its live entry's when
   * the entry tells it in the present ("the display starts at 7.30pm"), else, with no time just told in its paragraph
   * (`near`), as `clockDayOnPage` says. `mainDay` is the day of the article's main event, if it tells one.
   */
  clockDay(
    start: number,
    sentence: string,
    clock: { text: string; index: number },
    mainDay: string | null,
    near: boolean,
  ): string | null;
}

/**
 * `published` is the day the page speaks from (its dateline's, when it names one); `stampDay` the day its time stamp
 * is written on, with `minutes` into it, when that is another day.
 */
export function pageClock(
  text: string,
  published: CalendarDay,
  minutes: number | null,
  stampDay: CalendarDay = published,
): PageClock {
  const live = liveEntries(text);
  const days = live ? stampDays(live, published, minutes, stampDay) : [];
  const page: PageClock = {
    toldAt(start) {
      const entry = days.findLast((stamp) => stamp.at <= start);
      return entry
        ? { day: entry.day, minutes: entry.minutes, stamped: true }
        : { day: published, minutes, stamped: false };
    },
    clockDay(start, sentence, clock, mainDay, near) {
      const told = page.toldAt(start);
      if (told.stamped && PRESENT_START.test(sentence.slice(0, clock.index)) && clockOf(clock.text)?.halfKnown)
        return formatDay(told.day);
      return near ? null : clockDayOnPage(page, start, sentence, clock.text, mainDay);
    },
  };
  return page;
}

// A live entry telling what starts at a time in the present ("where the display starts at 7.30pm", "the parade begins
// at 8.45pm", "the count is due to start at 10pm"): the evening the entry is written in, not the day of a happening
// told before it (the vigil that "starts at 7pm" two days after Friday's crash).
const PRESENT_START =
  /\b(?:starts?|begins?|opens?|kicks?\s+off|gets?\s+under\s*way|(?:is|are)\s+due\s+to\s+(?:start|begin|open))\s+$/i;

/**
 * The day of each stamp, in text order (the entry a sentence stands in is the last stamp before it): its midnights, as
 * `liveEntries` reads the page, counted on from the day the page opened.
 */
function stampDays(
  { newestFirst, stamps }: LiveEntries,
  published: CalendarDay,
  minutes: number | null,
  stampDay: CalendarDay,
): { at: number; minutes: number; day: CalendarDay }[] {
  const oldest = (newestFirst ? stamps.at(-1) : stamps[0])!;
  const crossed = Math.max(...stamps.map((stamp) => stamp.midnights));
  // A wire stamped after midnight UTC under a dateline naming the day before: the stamp comes after the dateline's day
  // is over, so the page ran up to it from that day. Its newest entry is on the stamp's day when no later in the day
  // than the stamp, else on the day before; the entries before it count back from there.
  if (minutes !== null && daysBetween(published, stampDay) === 1) {
    const newest = (newestFirst ? stamps[0] : stamps.at(-1))!;
    const last = newest.minutes <= minutes ? stampDay : published;
    const first = addDays(last, -newest.midnights);
    return stamps.map((stamp) => ({ at: stamp.at, minutes: stamp.minutes, day: addDays(first, stamp.midnights) }));
  }
  // A page opened at its publication time runs on from that day; one whose first entry is earlier than it was
  // published (a last update's time) ends on that day.
  const opened = minutes === null || oldest.minutes >= minutes;
  const first = opened ? published : addDays(published, -crossed);
  return stamps.map((stamp) => ({ at: stamp.at, minutes: stamp.minutes, day: addDays(first, stamp.midnights) }));
}

/**
 * The day (YYYY-MM-DD) of a clock time nothing else on the page dates: its live entry's day, when the page tells no
 * main event to date it by (`mainDay`), or one of a day before the entry's and the clock is no later than the entry's
 * stamp ("A second helicopter joined the search at 12.45pm" under 13:10, two days after the boat went missing): what
 * an entry tells of the hours just before it was posted is of its own day. Null off a live page, and when the clock's
 * half of the day is untold ("a quarter past three").
 */
export function clockDayOnPage(
  page: PageClock,
  start: number,
  sentence: string,
  clock: string,
  mainDay: string | null,
): string | null {
  const told = page.toldAt(start);
  // Off a live page, the publication time alone dates no clock: a page naming no day may tell hours that recur ("the
  // chorus ran on until well past 1 a.m." in the city's ponds).
  if (!told.stamped) return null;
  const time = clockOf(clock);
  if (!time?.halfKnown) return null;
  if (mainDay !== null) {
    const inEntryHours = told.minutes !== null && time.minutes <= told.minutes;
    return inEntryHours && mainDay < formatDay(told.day) ? formatDay(told.day) : null;
  }
  const later = told.minutes !== null && time.minutes > told.minutes && tellsPast(sentence);
  return formatDay(later ? addDays(told.day, -1) : told.day);
}
