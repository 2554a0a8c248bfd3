// Evidence that two reports of one date tell one event, in signals any outlet's wording keeps: the clock time, a
// distinctive number, a name that is rare within the story, and the dictionary forms of the words. Unlike lists of
// kinds of action, none of these is tuned to the stories we have read.
import { isYearNumber } from '../dates/calendar.ts';
import { type ClockTime, clockTimesIn, notUntil, zoneOffset } from '../dates/clock-times.ts';
import { DAY_ENDING, MONTH_STEMS } from '../dates/months.ts';
import type { Report } from '../extraction/event-reports.ts';
import { keptNorm } from '../language/kept-norms.ts';
import { keptReadings } from '../language/kept-readings.ts';
import { parsedSentence } from '../language/sentence-parse.ts';
import { isStopword } from '../language/similarity.ts';

export interface Evidence {
  /** Clock times told ("at 2:15 p.m." is 855 minutes after midnight). */
  clockTimes: ZonedClockTime[];
  /** Numbers that are no year, date or clock time: counts, sums, percentages ("£3.2 million", "87", "6.5"). */
  numbers: Set<string>;
  /** Parts of the day told in words ("in the early hours", "on Sunday evening"), as spans of minutes after midnight. */
  partsOfDay: [number, number][];
  /** Content words in dictionary form: verbs as infinitives, nouns singular ("resigned" → "resign"). */
  lemmas: Set<string>;
  /** How something was said, when told: "in a statement", "on a call", "at a briefing". */
  channel?: string;
}

// Words said in a statement, on a call with investors and in a video message to staff are three happenings.
const CHANNEL =
  /\b(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(statement|call|briefing|interview|message|letter|post|email|conference|podcast|broadcast|speech|memo|webinar)\b/iu;

const BOUND = /\b(?:before|until|till|by)\s+$/i;
const SOON_AFTER = /\b(?:shortly|just|soon|not\s+long|a\s+little)\s+after\s+$/i;
const NUMBER = /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d])/gu;
// A day's number beside a month ("19 May", "May 19th") is a date, not a distinctive number.
const MONTH = new RegExp(String.raw`^(?:\s*${DAY_ENDING}?\s*(?:of\s+)?)?(?:${MONTH_STEMS})[a-z]*\b`, 'i');
const AGE_AFTER = /^(?:-|\s)(?:years?|months?|weeks?)(?:-|\s)old\b|^\s+years?\s+of\s+age\b/i;
const AGE_BEFORE = /\baged\s+$/i;
const MONTH_BEFORE = new RegExp(String.raw`(?:${MONTH_STEMS})[a-z]*\.?\s+$`, 'i');

/** The signals of one report's words (its sentence, or the clause of its date), read once a text. */
export const evidenceOf: (text: string) => Evidence = keptReadings(readEvidence);

function readEvidence(text: string): Evidence {
  const clockTimes: ZonedClockTime[] = [];
  const clockSpans: [number, number][] = [];
  for (const time of clockTimesIn(text)) {
    // "shortly before 6 a.m.", "until 9 p.m.": a bound on the time, not when it happened ("not until 9 p.m." is when).
    const before = text.slice(0, time.index);
    if (BOUND.test(before.slice(-12)) && !notUntil(before)) continue;
    // "shortly after 11 am" may be 11:20: a time told as a little after another reaches half an hour past it.
    clockTimes.push(
      SOON_AFTER.test(text.slice(Math.max(0, time.index - 20), time.index)) ? { ...time, after: true } : time,
    );
    clockSpans.push([time.index, time.index + time.text.length]);
  }
  const numbers = new Set<string>();
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index;
    if (clockSpans.some(([from, to]) => at >= from && at < to)) continue;
    const number = match[1]!.replace(/,/g, '');
    if (isYearNumber(number)) continue;
    const after = text.slice(at + match[0].length, at + match[0].length + 12);
    const before = text.slice(Math.max(0, at - 12), at);
    // The day of a date ("3 March", "March 3") says when, which both reports share by being compared at all.
    if (Number(number) <= 31 && !number.includes('.') && (MONTH.test(after) || MONTH_BEFORE.test(before))) continue;
    // An age ("a 17-year-old boy", "a woman aged 41") tells who someone is, not a figure of the happening: a sentence
    // about another happening may name the same person ("hours after a 17-year-old boy was detained").
    if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) continue;
    // Small bare numbers ("2", "3") are too common to tell one event from another.
    if (Number(number) < 10 && !number.includes('.')) continue;
    numbers.add(number);
  }
  const partsOfDay = [...text.matchAll(PART_OF_DAY)].map(
    (match) => PARTS[match[1]!.toLowerCase().replace(/\s+/g, ' ')]!,
  );
  const channel = CHANNEL.exec(text)?.[1]?.toLowerCase();
  return { clockTimes, numbers, partsOfDay, lemmas: lemmasOf(text), ...(channel ? { channel } : {}) };
}

// The hours each part of the day spans, in minutes after midnight. A day's night ends at midnight: "at 4:50 a.m." on
// Tuesday is not "Tuesday night", which is that evening. Not the morning or the afternoon: they hold most of a day's
// news ("on Monday morning" and "at 9 a.m." may tell a photograph and a closure).
const PARTS: Readonly<Record<string, [number, number]>> = {
  'early hours': [0, 6 * 60],
  dawn: [4 * 60, 7 * 60],
  'first light': [4 * 60, 7 * 60],
  daybreak: [4 * 60, 7 * 60],
  sunrise: [4 * 60, 7 * 60],
  lunchtime: [11 * 60 + 30, 14 * 60],
  evening: [17 * 60, 23 * 60],
  night: [20 * 60, 24 * 60],
  overnight: [21 * 60, 24 * 60],
};
const PART_OF_DAY = /\b(early hours|dawn|first light|daybreak|sunrise|lunchtime|evening|night|overnight)\b/gi;

function lemmasOf(text: string): Set<string> {
  const lemmas = new Set<string>();
  for (const raw of parsedSentence(text).dictionaryForms) {
    const word = raw
      .toLowerCase()
      .replace(/['’]s?$/u, '')
      .replace(/[^\p{L}-]/gu, '');
    if (word.length < 3 || isStopword(word)) continue;
    lemmas.add(word);
  }
  return lemmas;
}

/** A clock time, with the minutes after midnight UTC it tells when its zone, or its article's offset, is known. */
export interface ZonedClockTime extends ClockTime {
  utcMinutes?: number;
  /** Told as a little after that time ("shortly after 11 am"). */
  after?: boolean;
}

/**
 * The evidence of a report in an article published at `publishedAt`: its clock times also in UTC, by the zone told
 * after them ("7:42 a.m. IST"), else by the article's own offset ("6:12 a.m. local time" in a paper of +04:00; a time
 * with no zone, as its reader would read it).
 */
export function inArticleZone(evidence: Evidence, publishedAt: string | null | undefined): Evidence {
  if (evidence.clockTimes.length === 0) return evidence;
  const offset = offsetOf(publishedAt);
  const clockTimes = evidence.clockTimes.map((clock) => {
    const zone = clock.zone === undefined ? offset : (zoneOffset(clock.zone) ?? offset);
    return zone === null ? clock : { ...clock, utcMinutes: clock.minutes - zone };
  });
  return { ...evidence, clockTimes };
}

function offsetOf(publishedAt: string | null | undefined): number | null {
  const match = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/.exec(publishedAt ?? '');
  if (!match) return null;
  return match[1] === 'Z' ? 0 : (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
}

/**
 * Two clock times as comparable minutes: as told when neither names a zone's name (both outlets tell the time where it
 * happened: "at 5.48am" in the town's paper is "at 5:48 a.m. local time" in a paper abroad, whose own offset is not the
 * place's), in UTC when either does ("6:12 a.m. local time" and "7:42 a.m. IST" are one instant), and not at all when
 * a zone is told but one of them cannot be put in UTC.
 */
function comparableMinutes(x: ZonedClockTime, y: ZonedClockTime): [number, number] | null {
  if (toldWhereItHappened(x) && toldWhereItHappened(y)) return [x.minutes, y.minutes];
  if (x.utcMinutes === undefined || y.utcMinutes === undefined) return null;
  return [x.utcMinutes, y.utcMinutes];
}

/**
 * Both reports tell a clock time, two of them within a quarter of an hour ("at 2:15 p.m.", "shortly after 2 p.m.");
 * a time told without its half of the day ("a quarter past three") is either half's.
 */
export function sameClockTime(a: Evidence, b: Evidence): boolean {
  return a.clockTimes.some((x) =>
    b.clockTimes.some((y) => {
      const minutes = comparableMinutes(x, y);
      if (!minutes) return false;
      const period = x.halfKnown && y.halfKnown ? MINUTES_A_DAY : MINUTES_A_DAY / 2;
      const apart = (((minutes[0] - minutes[1]) % period) + period) % period;
      if (Math.min(apart, period - apart) <= SAME_CLOCK_MINUTES) return true;
      // How far the other time is past one told as "shortly after" it.
      const past = (later: number) => ((later % period) + period) % period <= SOON_AFTER_MINUTES;
      return (x.after === true && past(minutes[1] - minutes[0])) || (y.after === true && past(minutes[0] - minutes[1]));
    }),
  );
}

/**
 * Some clock time of one report is one of the other's, told to the nearest five minutes as outlets round it ("did not
 * resume until 2.05pm", "not reopened until after 2 p.m."): not merely in the same quarter of an hour.
 */
export function sameRoundedClockTime(a: Evidence, b: Evidence): boolean {
  return clockTimesWithin(a, b, ROUNDED_MINUTES);
}
const ROUNDED_MINUTES = 5;

/** A clock time with no zone's name after it, or with "local time": the time of the place where it happened. */
const toldWhereItHappened = (clock: ZonedClockTime): boolean => clock.zone === undefined || clock.zone === LOCAL_TIME;
const LOCAL_TIME = 'local time';

/** Some clock time of one report can be compared with one of the other's (both in one zone, or both in UTC). */
function comparableClockTimes(a: Evidence, b: Evidence): boolean {
  return a.clockTimes.some((x) => b.clockTimes.some((y) => comparableMinutes(x, y) !== null));
}

const SAME_CLOCK_MINUTES = 15;
const SOON_AFTER_MINUTES = 30;

/** Both reports tell clock times and none of them agree ("dust ignited at 3:12", "police began at 4:30 p.m."). */
export function otherClockTimes(a: Evidence, b: Evidence): boolean {
  return comparableClockTimes(a, b) && !sameClockTime(a, b);
}

/** Some clock time of one report lies within `minutes` of one of the other's, either half of the day for a time told
 * without its half. */
export function clockTimesWithin(a: Evidence, b: Evidence, minutes: number): boolean {
  return a.clockTimes.some((x) =>
    b.clockTimes.some((y) => {
      const told = comparableMinutes(x, y);
      if (!told) return false;
      const period = x.halfKnown && y.halfKnown ? MINUTES_A_DAY : MINUTES_A_DAY / 2;
      const apart = (((told[0] - told[1]) % period) + period) % period;
      return Math.min(apart, period - apart) <= minutes;
    }),
  );
}

/**
 * One report tells a clock time that falls in a part of the day the other tells in words ("at 9:10 p.m." and "on the
 * evening of March 4"; "at about 3:15 a.m." and "in the early hours of Tuesday").
 */
export function clockInPartOfDay(a: Evidence, b: Evidence): boolean {
  const within = (clocks: readonly ClockTime[], parts: readonly [number, number][]) =>
    clocks.some((clock) =>
      (clock.halfKnown ? [clock.minutes] : [clock.minutes, clock.minutes + MINUTES_A_DAY / 2]).some((minutes) =>
        parts.some(([from, to]) => minutes >= from && minutes < to),
      ),
    );
  return within(a.clockTimes, b.partsOfDay) || within(b.clockTimes, a.partsOfDay);
}
const MINUTES_A_DAY = 24 * 60;

/**
 * Both reports tell, in words, one part of the day no longer than a few hours ("at first light", "at dawn"): a moment
 * nearly as sure as a clock time. Not the evening or the night, which hold many of a day's happenings.
 */
export function samePartOfDay(a: Evidence, b: Evidence): boolean {
  const narrow = ([from, to]: [number, number]) => to - from <= NARROW_PART;
  return a.partsOfDay.some((x) => narrow(x) && b.partsOfDay.some((y) => narrow(y) && x[0] < y[1] && y[0] < x[1]));
}
const NARROW_PART = 3 * 60;

/** Both reports tell how something was said, in two ways ("in a statement", "on a call"): two things said. */
export function otherChannels(a: Evidence, b: Evidence): boolean {
  return a.channel !== undefined && b.channel !== undefined && a.channel !== b.channel;
}

export function sharesNumber(a: Evidence, b: Evidence): boolean {
  return [...a.numbers].some((number) => b.numbers.has(number));
}

/** Overlap of two reports' dictionary forms, each weighted by how rare it is in the story. */
export function lemmaOverlap(a: Evidence, b: Evidence, idf: (lemma: string) => number): number {
  // Each report's norm once (kept-norms.ts): merging compares every report of a date with every other.
  const normA = keptNorm(idf, a.lemmas, 'idf ** 2', sumOfWeights);
  const normB = keptNorm(idf, b.lemmas, 'idf ** 2', sumOfWeights);
  if (!normA || !normB) return 0;
  let shared = 0;
  for (const lemma of a.lemmas) if (b.lemmas.has(lemma)) shared += idf(lemma) ** 2;
  return shared / Math.sqrt(normA * normB);
}

function sumOfWeights(lemmas: ReadonlySet<string>, idf: (lemma: string) => number): number {
  let norm = 0;
  for (const lemma of lemmas) norm += idf(lemma) ** 2;
  return norm;
}

/** Both reports tell which body acted, and neither body is the other (nor a longer name of it); people aside. */
export function otherActors(x: Report, y: Report): boolean {
  const bodies = (report: Report) => [...report.actors].filter((actor) => !report.people.has(actor));
  const [mine, theirs] = [bodies(x), bodies(y)];
  const same = (a: string, b: string) => a === b || a.includes(b) || b.includes(a);
  return mine.length > 0 && theirs.length > 0 && !mine.some((a) => theirs.some((b) => same(a, b)));
}
