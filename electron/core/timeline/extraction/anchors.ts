// Times told from another event rather than from the publication date: "two days later", "the night before", "that
// day", "on its first day", "a day after announcing the vote", "shortly before midnight", and clock times ("at
// 3:40 a.m."). Found here; events.ts resolves them against the event they refer to.
// The phrases themselves, and how each is read, are anchor-patterns.ts.

import { clockTimesIn, TIME_OF_DAY } from '../dates/clock-times.ts';
import { tellsPast } from '../dates/tense.ts';
import { thingFrom } from '../dates/years.ts';
import { type AnchoredTime, DAYLIGHT_OR_MEAL, PATTERNS, SINCE_START_OF_DAY } from './anchor-patterns.ts';

// A memory ("Folks remember the last breakout, when an inmate was back in his bunk before breakfast") tells a time of
// its own day, not of the event just told.
const MEMORY = /\b(?:remember(?:s|ed)?|recall(?:s|ed)?|reminisce[sd]?)\b/i;

const DURATION_BEFORE = /\bfor\s+(?:(?:about|around|some|a|an|few|several|\d+|\p{Ll}+)\s+){0,2}$/iu;

/** The times a sentence tells from another event, left to right, none overlapping another or quoted speech. */
export function anchoredTimes(sentence: string): AnchoredTime[] {
  const quoted = quotedSpans(sentence);
  const found: AnchoredTime[] = [];
  const byTheLight = new Set<AnchoredTime>();
  for (const { pattern, read } of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (quoted.some((q) => match.index < q.end && q.start < end)) continue;
      // "since first light" is never the other side of a comparison ("more than 60 people … since first light").
      const compared = !SINCE_START_OF_DAY.test(match[0]) && comparesAmounts(sentence, match.index, end);
      if (compared || CONJUNCTION_THAT.test(sentence.slice(0, match.index + 5))) continue;
      if (found.some((f) => match.index < f.index + f.text.length && f.index < end)) continue;
      // "Run the tap for five minutes before you drink": how long, not when. "the night before" never counts a span
      // ("had flagged us for storms the night before").
      if (!/^(?:the|that)\b/i.test(match[0]) && DURATION_BEFORE.test(sentence.slice(0, match.index))) continue;
      if (pattern === DAYLIGHT_OR_MEAL && (!tellsPast(sentence) || MEMORY.test(sentence))) continue;
      // "its benches, from the same year as the stand": the age of a thing, as "from 1936" is.
      const before = sentence.slice(0, match.index);
      const after = sentence.slice(end).replace(/^\s+as\s+[^,;.]*/i, '');
      if (/\bfrom\s+$/i.test(before) && thingFrom(sentence, before, after)) continue;
      // "Marrawong is 17 hours ahead of Kessick": how far apart two places' clocks are, no time from an event.
      if (ZONE_BEFORE.test(before) && /\bhours?\s+(?:ahead\s+of|behind)\b/i.test(match[0])) continue;
      const read_ = read(match as RegExpExecArray);
      if (!read_) continue;
      const { length, ...time } = read_;
      const anchored = { ...time, text: match[0].slice(0, length ?? match[0].length).trimEnd(), index: match.index };
      if (pattern === DAYLIGHT_OR_MEAL) byTheLight.add(anchored);
      found.push(anchored);
    }
  }
  // "set off at dawn the day before", "was last seen at dusk, two days earlier": the time told by the light is of the
  // day told right after it, which is read on its own; it dates nothing apart from it.
  const ofTheDayAfter = (time: AnchoredTime) =>
    byTheLight.has(time) &&
    found.some((other) => {
      const end = time.index + time.text.length;
      // Not a count from a happening it names ("at lunchtime, a day after she vanished"), which dates that happening, or
      // the time itself when the article tells the happening's day (counted-after-a-time.ts).
      return other !== time && !other.from && other.index >= end && /^[\s,]*$/.test(sentence.slice(end, other.index));
    });
  return found.filter((time) => !ofTheDayAfter(time)).sort((a, b) => a.index - b.index);
}

const ZONE_BEFORE = /\b(?:is|are|being|runs?|sits?)\s+(?:now\s+|also\s+)?$/i;

// "at 3:40 a.m.", "6.15am", "at 14:30", "shortly after noon": a time of day. Not "10 a.m. to 6 p.m." (hours kept).
// "Midnight" is read apart: "shortly before midnight" and "just after midnight" are times told from a day.
const CLOCK = new RegExp(
  `\\b(?:at\\s+)?(?:about\\s+|around\\s+|shortly\\s+(?:before|after)\\s+|just\\s+(?:before|after)\\s+)?${TIME_OF_DAY}`,
  'gi',
);
// Clock times of routine: opening hours, timetables, habits, and what anyone can do until an hour ("Patients can ring
// the switchboard until 8 p.m."): a service's hours, not a happening.
// "normally" after a verb is the manner of a deed ("were running normally by 3 p.m."), no habit.
const ROUTINE =
  /\b(?:(?:can|may)\s+(?:[\p{L}'’]+\s+){1,5}until\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m|p\.m|am|pm)|daily|every\s+(?:day|morning|evening|night|weekday)|each\s+(?:day|morning|evening|night)|weekdays|opening hours|hours are|open(?:s)?\s+from|usually|(?<!\p{L}(?:ing|ed)\s)normally|typically|generally|often|always|until\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.)\s+(?:each|every))\b|\d\s*(?:a\.m\.|p\.m\.|am|pm)?\s*(?:to|until|till|-|–|and)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)/iu;

// A time in words ("at half past seven there are three hundred waiting") is as often a habit told in speech as the
// hour of an event: times in figures, noon and an hour "o'clock" ("got going at about one o'clock") date one anyway,
// other times in words only in a sentence telling a past deed ("The bus left at ten to six").
const DATING_CLOCK = /\d|noon|midday|o['’]clock/i;

/**
 * The first clock time a sentence tells outside quoted speech, when it is the time of something that happened rather
 * than a routine.
 */
export function clockTime(sentence: string): { text: string; index: number } | null {
  if (ROUTINE.test(sentence)) return null;
  // A speaker's hours ("The children were in coats by ten o'clock," "studied till 2 am") tell their own story's
  // moments, not the time of what the article reports.
  const quoted = quotedSpans(sentence);
  // Read in the sentence, so that the words around a time in words tell it from a count ("By ten to nine the alarm").
  const times = clockTimesIn(sentence);
  for (const match of sentence.matchAll(CLOCK)) {
    if (quoted.some((q) => match.index >= q.start && match.index < q.end)) continue;
    const words = match[0];
    const end = match.index + words.length;
    const read = times.some((time) => time.index >= match.index && time.index + time.text.length <= end);
    if (!/midnight$/i.test(words) && (DATING_CLOCK.test(words) || tellsPast(sentence)) && read)
      return { text: words, index: match.index };
  }
  return null;
}

// "up from $1.4 billion a year earlier", "against 2,390 a year earlier", "two weeks earlier than usual": a comparison,
// not a time of its own; a count told after the time ("By midnight more than 200,000 homes had lost power") compares none.
const AMOUNT_BEFORE = /\b(?:from|than|with|against|versus|vs\.?)\s+[^,;]{0,30}\d(?:[\d,.]*\d)?[^,;]{0,30}$/i;
const THAN_AFTER = /^[^,;.]{0,40}\b(?:(?<!\b(?:more|less|fewer)\s)than\b|than\b(?!\s+\d))/i;
// "said that morning traffic was light": "that" opens what was said.
const CONJUNCTION_THAT = /\b(?:said|says|told\s+\S+|announced|warned|added|reported)\s+that\s$/i;

// "would be lower than a year earlier", "rose 8% on a year earlier": the time is the other side of a comparison.
const THAN_BEFORE = /\bthan\s+$|[\d%]\s+on\s+$/i;

function comparesAmounts(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  return AMOUNT_BEFORE.test(before) || THAN_BEFORE.test(before) || THAN_AFTER.test(sentence.slice(end));
}

function quotedSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of sentence.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
