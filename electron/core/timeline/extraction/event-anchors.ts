// Dates told from another event ("two days later", "the night before", "that day", clock times): resolved against
// the event they refer to: one their words name, else the time just told (earlier in the sentence, else in the
// paragraph or the one before), else the article's main event; only a clock time goes by the page's clock at last.

import { type CalendarDay, formatDay } from '../dates/calendar.ts';
import { clockOf } from '../dates/clock-times.ts';
import { latestOnWeekday } from '../dates/same-weekday.ts';
import { seasonsTold } from '../dates/seasons.ts';
import { stepsBack, tellsPast } from '../dates/tense.ts';
import { untilGoneBy } from '../dates/until-gone-by.ts';
import { besides, distance, overlaps } from './anchor-apposition.ts';
import { countedOn, midnightsCrossed } from './anchor-counting.ts';
import type { AnchoredTime } from './anchor-patterns.ts';
import { anchoredTimes, clockTime } from './anchors.ts';
import { isBackground } from './background.ts';
import { clockToldNow } from './clock-told-now.ts';
import { dayCountedAfter } from './counted-after-a-time.ts';
import { countInSentence } from './counts-in-sentence.ts';
import { deedNamed } from './deed-a-gerund-names.ts';
import { signature } from './event-signature.ts';
import { hourStillToCome } from './hour-still-to-come.ts';
import { mainEvent } from './main-event.ts';
import { movedOnFrom } from './moved-on-day.ts';
import { ownClock } from './own-clock.ts';
import type { PageClock } from './page-clock.ts';
import { dawnAfterEvening, pastMidnight } from './past-midnight.ts';
import { mainClauseDay } from './relative-clause-days.ts';
import { hourOfRememberedDay } from './remembered-day.ts';
import {
  clockSubject,
  clockThings,
  type DatedSentence,
  type FoundDate,
  namedEvent,
  type Told,
  thingOfDate,
} from './told-events.ts';

const LIMIT_BEFORE = /\b(?:until|till|by|from)\s+(?:at\s+least\s+)?$/i;
// The date of the event a phrase names, told right after it ("two days after the crews walked out on Monday").
const NAMED_EVENT_DATE = /^\s+(?:on|in)\s+$/i;

/**
 * Adds to each sentence the dates it tells from other events, in reading order so that one can follow another. The
 * main event is sought in the order the story was told (`storyOrder`, a live page's entries oldest first).
 */
export function anchorTimes(
  sentences: readonly DatedSentence[],
  reference: CalendarDay,
  storyOrder: readonly DatedSentence[] = sentences,
  page: PageClock | null = null,
): void {
  const main = mainEvent(storyOrder, reference);
  const explicit: Told[] = sentences.flatMap((item) => item.dates.map((date) => ({ item, date })));
  const told: Told[] = [];
  // Named events no date told is found for, by the time the first count from them was taken from.
  const guessedNames = new Map<string, FoundDate>();
  // Clock times dated by the event told before or the main event, for want of a better anchor.
  const guessed: Told[] = [];
  let last: Told | null = null;
  // The time last told, background or not: "founded in 1868 …" then "It moved a century later" counts years on within
  // the past it tells, where a day's count would go back to the story's line.
  let lastYearly: Told | null = null;
  // The time last told on the story's own line, not in a step back into the past perfect.
  let line: Told | null = null;
  // Whether the time last told is a season ("Last winter the river burst its banks."), which dates no day: what counts
  // on from it ("Two days later, …") has no day either, rather than one counted from an earlier event.
  let seasonLast = false;
  for (const item of sentences) {
    const text = item.sentence.text;
    const seasons = seasonsTold(text);
    const times = anchoredTimes(text);
    const clock = clockTime(text);
    // A count from a named event right after the clock time ("at 6:12 a.m., a week after a valve forced a scrub") dates
    // that event from the clock's day, not the clock from it, when the sentence tells no date of its own: "at 3 a.m.,
    // five hours after polls closed on Thursday" is dated from Thursday.
    const dayWords =
      item.dates.length > 0 ? times : times.filter((time) => !(time.from && clock && time.index > clock.index));
    const afterSeason = (index: number) =>
      seasonLast || seasons.some((at) => at < index && !item.dates.some((d) => d.index > at && d.index < index));
    if (
      clock &&
      clock.index >= item.skip &&
      ownClock(text, clock, [...item.dates, ...dayWords]) &&
      !afterSeason(clock.index)
    ) {
      // A time of day in a clause without a date of its own: the day of the event whose words it shares (the tank that
      // split late on Tuesday failed at 11:40 p.m.), else of the event just told, else the page's clock or main event.
      // A clock time on the story's line is not the hour of what a step back into the past perfect told ("A neighbour
      // had reported a smell the previous evening, and an engineer from the gas board called." … "The gas board cut
      // off supplies by 8am."), whatever they share.
      const onLine = stepsBack(text) ? told : told.filter((t) => !stepsBack(t.item.sentence.text));
      const shared = clockSubject(item, clock, onLine);
      // "had flagged us for storms the night before." then "It hit the ground at 9:12": the story's line again.
      const before = last && stepsBack(last.item.sentence.text) ? line : last;
      const movedOn = shared && movedOnFrom(before, shared, item, clockThings(item, clock), formatDay(reference));
      const subject = movedOn ? movedOn.date : shared;
      // The day the sentence is told on: its live entry's, else the page's.
      const toldOn = formatDay(page?.toldAt(item.sentence.start).day ?? reference);
      const near =
        before &&
        ((before.item.paragraph === item.paragraph &&
          !isBackground(before.date, reference) &&
          !doneAfterItsDay(text, before.date, toldOn)) ||
          hourOfRememberedDay(before, item))
          ? mainClauseDay(before, reference)
          : null;
      const anchor = subject ? { item, date: subject } : (near ?? main);
      const onPage = subject
        ? null
        : page?.clockDay(item.sentence.start, text, clock, main?.date.date ?? null, near !== null);
      const anchorDay = anchor?.date.precision === 'day' && !anchor.date.endDate ? anchor.date.date : null;
      const anchored =
        onPage ??
        (anchorDay && near && anchor === near
          ? pastMidnight(anchorDay, near, clock.text, text, formatDay(reference))
          : anchorDay);
      // What still holds at that hour is of the day the page is told on, not of a day gone by.
      // So is an hour still to come (hour-still-to-come.ts).
      const day =
        anchored && anchored < toldOn && (onToldDay(text, clock, page, item) || hourStillToCome(text, clock.index))
          ? toldOn
          : anchored;
      if (day) {
        const date: FoundDate = {
          date: day,
          precision: 'day',
          text: clock.text,
          index: clock.index,
          length: clock.text.length,
        };
        item.dates.push(date);
        if (!subject) guessed.push({ item, date });
      }
    }
    // The sentence's own times: its explicit dates and the day of its clock time ("handed down her judgment at 10 a.m.,
    // ten days after she heard the case": the hearing came ten days before that day, not after).
    const own = item.dates.length;
    for (const time of times) {
      if (time.index < item.skip) continue;
      if (time.same) {
        const just = item.dates.findLast((d) => d.index < time.index) ?? lastYearly?.date;
        const { named: _named, ...told } = just ?? {};
        if (just && !untilGoneBy(text, time.text, just, formatDay(reference)))
          item.dates.push({ ...(told as FoundDate), text: time.text, index: time.index, length: time.text.length });
        continue;
      }
      // "found at lunchtime, a day after she vanished": the day counted on from the happening named, when it is told.
      const countedDay =
        own === 0 && !time.from && time.unit === 'day' && time.amount === 0 && time.weekday === undefined
          ? dayCountedAfter(item, time.index + time.text.length, times, { told, explicit })
          : null;
      if (countedDay) {
        item.dates.push({
          date: countedDay,
          precision: 'day',
          text: time.text,
          index: time.index,
          length: time.text.length,
        });
        continue;
      }
      // Counted from a day of its own sentence: "the evening before Tuesday's explosion", a night spent before a later day.
      const count = countInSentence(text, item.dates, time);
      if (count === 'none') continue;
      const counted = count ? countedOn(count.anchor, { ...time, amount: count.amount }) : null;
      if (count && counted) {
        const date = { ...counted, text: time.text, index: time.index, length: time.text.length };
        item.dates.push(count.named ? { ...date, named: true } : date);
        continue;
      }
      if (item.dates.some((d) => overlaps(d, time.index, time.text.length))) continue;
      if (!time.from && item.dates.slice(0, item.explicit).some((d) => besides(text, d, time))) continue;
      // After a season only a count from a named event ("two days after the vote") can still find a day.
      const season = afterSeason(time.index);
      if (season && !time.from) continue;
      const date = resolve(
        time,
        item,
        own,
        { told, explicit, guessedNames, today: formatDay(reference) },
        season ? null : time.unit === 'year' && !time.from && lastYearly ? lastYearly : last,
        season ? null : main,
      );
      if (date) item.dates.push(date);
    }
    item.dates.sort((a, b) => a.index - b.index);
    const lastSeason = Math.max(-1, ...seasons);
    if (lastSeason >= 0) seasonLast = !item.dates.some((d) => d.index > lastSeason);
    else if (item.dates.length > 0) seasonLast = false;
    if (item.dates.length === 0) continue;
    for (const date of item.dates) told.push({ item, date });
    const at = toldAt(item, reference);
    if (at || !last) last = { item, date: at ?? item.dates[0]! };
    // Past years told in a row ("Born in 1948, …, graduating in 1970"): a count on ("two years later") is from the last.
    lastYearly = at || !item.dates.some((d) => !d.named) ? last : { item, date: item.dates.findLast((d) => !d.named)! };
    if (!stepsBack(text)) line = last;
  }
  for (const { item, date } of guessed) dateByLaterClock(item, date, sentences);
}

/**
 * Whether a clock time tells what holds at an hour of the day its sentence is told on (clock-told-now.ts), an hour no
 * later than the time the page (its live entry) was told at: a page posted at 00:20 telling what "is still closed at
 * 10 p.m." wrote it the evening before.
 */
function onToldDay(
  text: string,
  clock: { index: number; text: string },
  page: PageClock | null,
  item: DatedSentence,
): boolean {
  if (!clockToldNow(text, clock)) return false;
  const at = page?.toldAt(item.sentence.start).minutes ?? null;
  const time = clockOf(clock.text);
  return at === null || !time?.halfKnown || time.minutes <= at;
}

/**
 * A deed told as done ("Police named him at 3 p.m.") is no later than the day its page is told on: a day still to come
 * told just before it ("An inquest will open on Monday.") is not its day.
 */
function doneAfterItsDay(text: string, date: FoundDate, toldOn: string): boolean {
  return date.precision === 'day' && date.date > toldOn && tellsPast(text);
}

// "had been staying there since Friday evening": the start of a state, not a happening a later "that afternoon" is of
// (unless the happening follows: "closed since Monday, May 5, when floodwaters left its pier leaning").
const SINCE_BEFORE = /\bsince\s+(?:early\s+|late\s+)?$/i;

function startOfState(item: DatedSentence, date: FoundDate): boolean {
  const text = item.sentence.text;
  return SINCE_BEFORE.test(text.slice(0, date.index)) && !/^,?\s+when\b/i.test(text.slice(date.index + date.length));
}

/**
 * The time a sentence's happening is told at, for what follows to count from: its own time, not that of an event it
 * names ("A week after voters agreed …, opponents delivered a petition on Tuesday." then "That night, …" is Tuesday
 * night), nor a past year told in passing ("I've lived here since 1988 and never heard the sirens the way they did on
 * the night of 5/19." then "the night before"), nor the start of a state ("since Friday evening"): null when the
 * sentence tells no other.
 */
function toldAt(item: DatedSentence, reference: CalendarDay): FoundDate | null {
  const own = item.dates.filter((date) => !date.named);
  // A day told in full is a happening however long ago ("The court heard his van struck her on 14 March.").
  const happening = (date: FoundDate) =>
    (!isBackground(date, reference) || (date.precision === 'day' && !date.endDate)) && !startOfState(item, date);
  // A sentence telling only a state's start or its background leaves the time told before it standing.
  if (own.length > 0 && !own.some(happening)) return null;
  return own.find(happening) ?? item.dates[0]!;
}

/**
 * A clock time told again where hours from another event date it past midnight ("the declaration came after 3 a.m."
 * in a standfirst; "declared shortly after 3 a.m., five hours after polls closed on Thursday" below) is that day's.
 */
function dateByLaterClock(item: DatedSentence, date: FoundDate, sentences: readonly DatedSentence[]): void {
  const key = clockKey(date.text);
  for (const other of sentences) {
    if (other === item) continue;
    const text = other.sentence.text;
    for (const time of anchoredTimes(text)) {
      const clock = clockTime(text.slice(0, time.index));
      if (!clock || clockKey(clock.text) !== key || midnightsCrossed(text, time) === 0) continue;
      const day = other.dates.find((d) => d.index === time.index);
      if (day && day.precision === 'day' && !day.endDate) date.date = day.date;
    }
  }
}

function clockKey(clock: string): string {
  return String(clockOf(clock)?.minutes);
}

function resolve(
  time: AnchoredTime,
  item: DatedSentence,
  own: number,
  known: { told: readonly Told[]; explicit: readonly Told[]; guessedNames: Map<string, FoundDate>; today?: string },
  last: Told | null,
  main: Told | null,
): FoundDate | null {
  const words = { text: time.text, index: time.index, length: time.text.length };
  if (time.weekday !== undefined) {
    const before = item.dates.filter((d) => d.index < time.index).map((date) => ({ date }));
    const same = latestOnWeekday([...known.told, ...before], time.weekday);
    const { named: _named, ...day } = same?.date ?? {};
    return same ? { ...(day as FoundDate), ...words } : null;
  }
  // A time something is to be done by ("has given the agency until June 29") is not when the sentence's event was,
  // unless the count is told right after it ("by May 7, 21 days after the declaration").
  const countsFrom = (d: FoundDate) =>
    d.index < time.index && /^[\s,]*$/.test(text(item).slice(d.index + d.length, time.index));
  const explicit = item.dates
    .slice(0, time.from ? own : item.explicit)
    .filter((d) => !d.background && (countsFrom(d) || !LIMIT_BEFORE.test(text(item).slice(0, d.index))))
    // "parked there since May 8 were driven away within an hour of the ruling": a state's start is no anchor.
    .filter((d) => !startOfState(item, d));
  if (time.from && explicit.length > 0) {
    // "back a week after the crews began their strike on May 7": a date right after the named event's words is its
    // own; with another date of the sentence's own beside it, both events are dated already.
    const named = explicit.find(
      (d) =>
        d.index >= time.index + time.text.length &&
        NAMED_EVENT_DATE.test(text(item).slice(time.index + time.text.length, d.index)),
    );
    if (named && explicit.length > 1) return null;
    const nearest = named ?? [...explicit].sort((a, b) => distance(a, time) - distance(b, time))[0]!;
    // "announced on Oct. 1, and served notice a day after announcing the result": the date is the named event's, and
    // the sentence's other event comes a day after it. "Issued on 12 August, two days after lightning sparked the
    // fire": the date is the sentence's own event, and the named one came two days before. So is a date the count
    // follows right away, whatever both tell ("will begin on May 4, two weeks after they begin abroad").
    const apposed = nearest.index < time.index && besides(text(item), nearest, time);
    // So does a date told of the very thing the count names ("cancelled the examination held on Thursday, after the
    // paper leaked the night before the exam"): the thing is the noun the date's phrase tells of.
    const namesThatDate =
      named !== undefined ||
      (!apposed &&
        (sharesAction(deedNamed(time.from), text(item).slice(0, time.index)) ||
          (nearest.index < time.index && thingOfDate(deedNamed(time.from), text(item).slice(0, nearest.index)))));
    // Hours that cross midnight from the sentence's own clock time: declared "at 3 a.m., five hours after polls
    // closed on Thursday" was declared on Friday.
    const crossed = midnightsCrossed(text(item), time);
    const amount = namesThatDate ? time.amount + crossed : -(time.amount + crossed);
    const date = time.days ? null : countedOn(nearest, { ...time, amount });
    return date ? { ...date, ...words, ...(amount !== 0 ? { named: true } : {}) } : null;
  }
  // "the night before the attack" counts days: an attack told only by its year ("a smaller attack in 2023") is another.
  // A count told as past ("On the first day of the ban I counted …") is no later than the day the article speaks from.
  const past = time.from && known.today && tellsPast(text(item));
  const countable = (date: FoundDate) =>
    countedOn(date, time) !== null && !(past && date.precision === 'day' && date.date > known.today!);
  const found = time.from ? namedEvent(time.from, item, known, countable, time.ordinal) : null;
  // An event named again that no told date matches ("The night before the relighting, …" then "A day after the
  // relighting, …") is where the first count from it took it to be, not wherever the text has got to since.
  const name = time.from && !found ? nameKey(time.from) : null;
  const anchor =
    found ??
    (name ? known.guessedNames.get(name) : undefined) ??
    // A state's start is no anchor, as above.
    [...item.dates].sort((a, b) => a.index - b.index).findLast((d) => d.index < time.index && !startOfState(item, d)) ??
    (last && item.paragraph - last.item.paragraph <= 1 ? countableTold(last, time) : null) ??
    main?.date ??
    null;
  if (name && anchor && !known.guessedNames.has(name)) known.guessedNames.set(name, anchor);
  const crossed = midnightsCrossed(text(item), time);
  const date = anchor ? countedOn(anchor, { ...time, amount: time.amount + crossed }) : null;
  // A deed told as done ("The accused was arrested two days after the robbery") is no later than the day the article
  // speaks from: a count that lands after it was taken from the wrong event (a hearing still to come), and dates nothing.
  const ahead = date && known.today && date.precision === 'day' && date.date > known.today;
  if (ahead && time.from && tellsPast(text(item))) return null;
  // "at dawn" after an evening just told is the next morning.
  const light =
    date && last && anchor === last.date && date.precision === 'day' && known.today
      ? { ...date, date: dawnAfterEvening(date.date, last, time.text, text(item), known.today) }
      : date;
  return light ? { ...light, ...words, ...(time.from && time.amount !== 0 ? { named: true } : {}) } : null;
}

/**
 * The time just told to count from: its own, or when that is too coarse for the count (a month for "two days later"),
 * the latest of its sentence that is not ("Resurfacing began in January and was finished on May 20." then "Inspectors
 * walked the strip two days later").
 */
function countableTold(told: Told, time: AnchoredTime): FoundDate {
  if (countedOn(told.date, time)) return told.date;
  const own = told.item.dates.filter((date) => !date.named && !date.background && countedOn(date, time));
  return own.at(-1) ?? told.date;
}

/** Words naming an event, as the same name told again would give them: "the relighting", "its relighting". */
function nameKey(words: string): string {
  return words
    .toLowerCase()
    .replace(/^(?:the|its|their|his|her|this|that)\s+/, '')
    .trim();
}

function text(item: DatedSentence): string {
  return item.sentence.text;
}

function sharesAction(words: string, other: string): boolean {
  const actions = (text: string) => [...signature(text).keys()].filter((key) => key.startsWith('@'));
  const wanted = new Set(actions(words));
  return actions(other).some((action) => wanted.has(action));
}
