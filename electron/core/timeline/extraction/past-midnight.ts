// A clock time in the small hours told next after an evening ("Police were called at 11.50pm." then "A second man was
// arrested at 1.30am.", "Polls closed at 10pm on Tuesday." then "the result was declared at 4.20am") has crossed
// midnight: the story goes on into the next day, as "after midnight" does. Not past the page's own day, and not in a step
// back into the past perfect, which may tell any hour before.
import { addDays, dayOf, formatDay } from '../dates/calendar.ts';
import { clockOf } from '../dates/clock-times.ts';
import { stepsBack } from '../dates/tense.ts';
import type { Told } from './told-events.ts';

/** Evening starts at six; the small hours end at six in the morning. */
const EVENING = 18 * 60;
const SMALL_HOURS_END = 6 * 60;
// The day told with its evening or night: "on Tuesday night", "late on Monday evening", "on Monday at dusk".
const EVENING_AFTER = /^\s+(?:night|evening|at\s+(?:dusk|nightfall|sunset|sundown))\b/i;
// A time told by the evening's light: "at dusk", "shortly after nightfall".
const EVENING_LIGHT = /\b(?:dusk|nightfall|sunset|sundown)\b/i;
const LATE_BEFORE = /\blate\s+(?:on\s+)?$/i;
const NEAR = 16;

function toldInTheEvening(told: Told): boolean {
  const sentence = told.item.sentence.text;
  const { text, index, length } = told.date;
  // The day's own clock, or one told beside it: "at 10pm on Tuesday", "on Tuesday at 10pm".
  const clock =
    clockOf(text) ??
    clockOf(sentence.slice(Math.max(0, index - NEAR), index)) ??
    clockOf(sentence.slice(index + length, index + length + NEAR));
  if (clock) return clock.halfKnown && clock.minutes >= EVENING;
  if (EVENING_LIGHT.test(text)) return true;
  return EVENING_AFTER.test(sentence.slice(index + length)) || LATE_BEFORE.test(sentence.slice(0, index));
}

/**
 * The day of a clock time dated by the time told just before (`day`, that time's): the next day when the clock is in
 * the small hours and the time before was in the evening, up to the page's day (`today`).
 */
export function pastMidnight(day: string, before: Told, clock: string, sentence: string, today: string): string {
  const time = clockOf(clock);
  if (!time?.halfKnown || time.minutes >= SMALL_HOURS_END || stepsBack(sentence)) return day;
  if (before.date.date !== day || !toldInTheEvening(before)) return day;
  const next = formatDay(addDays(dayOf(day), 1));
  return next <= today ? next : day;
}

// The light of the next morning: "at dawn", "at first light", "by daybreak", "shortly after sunrise".
const MORNING_LIGHT = /\b(?:dawn|first\s+light|daybreak|sunrise)\b/i;

/**
 * The day of a time told by the morning's light (`words`) that is dated by the time told just before: the next day
 * after an evening or a night ("The fire took hold on Monday evening." then "Crews left at dawn."), up to the page's day.
 */
export function dawnAfterEvening(day: string, before: Told, words: string, sentence: string, today: string): string {
  if (!MORNING_LIGHT.test(words) || stepsBack(sentence)) return day;
  if (before.date.date !== day || !toldInTheEvening(before)) return day;
  const next = formatDay(addDays(dayOf(day), 1));
  return next <= today ? next : day;
}
