// Times of day as news text writes them: "3:40 a.m.", "6.15am", "11pm", "14:30", "06:40 GMT", "noon", "midnight",
// "a quarter past three", "half past ten". One reading for the whole timeline: the hour that puts an event on its day
// (event-anchors.ts, told-events.ts) and the minute two outlets' reports of one happening share (merge-evidence.ts).

// A time with its half of the day: "3:40 a.m.", "6.15am", "11 pm", "10 o'clock".
const WITH_HALF = String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|o['’]clock\b)`;
// A 24-hour time: "14:30", "06:40"; with a dot only when told as a time ("06.40 hours", "18.05 GMT"), so that "3.25
// million" is no time. Not "12:30 percent".
const TWENTY_FOUR = String.raw`\b([01]?\d|2[0-3])(?::([0-5]\d)\b(?!\s*(?:%|percent))|\.([0-5]\d)(?=\s*(?:hours|GMT|BST|UTC|local time)))`;
// "a quarter past three", "half past ten", "quarter to six", "ten past four", "twenty-five to eight", "eighteen
// minutes past nine", "ten to midnight": minutes in words, to or past an hour in words (its half untold) or past noon
// or midnight.
const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const COUNTED_MINUTES = String.raw`(?:twenty[-\s](?:${UNITS})|twenty|${TEENS}|${UNITS}|\d{1,2})\s+minutes?`;
const MINUTE_WORDS = String.raw`quarter|half|twenty[-\s]five|twenty|ten|five|${COUNTED_MINUTES}`;
const IN_WORDS = String.raw`\b(?:(?:a\s+)?(${MINUTE_WORDS})\s+(past|to|after)\s+(${HOUR_WORDS}|noon|midday|midnight|\d{1,2})\b)`;
const NAMED = String.raw`\b(noon|midday|midnight)\b`;
// "at about one o'clock": the hour in words, its half untold.
const HOUR_OCLOCK = String.raw`\b(${HOUR_WORDS})\s+o['’]clock\b`;
// "by 1430 GMT", "at 0600 hours": four figures with no colon, a time only with the zone or "hours" told after them
// (so that "1430 jobs" and the year "1868" are none); the zone is part of the words.
const FOUR_FIGURES = String.raw`\b([01]\d|2[0-3])([0-5]\d)\s*(hours|hrs|GMT|BST|UTC|local time)\b`;
// "just after four on Thursday morning", "at six this morning", "at ten that night": the hour in words after a
// preposition, its half of the day told by the part of the day right after it; all of it is the time's words, so that
// a bare "four" is never read as a time.
const HOUR_OF_PART = String.raw`\b(?:at|after|before|around|about|by|until|till|past)\s+(${HOUR_WORDS})\s+(?:on\s+[A-Z][a-z]+day\s+|(?:this|that|the\s+next|the\s+following|last)\s+|in\s+the\s+)(morning|afternoon|evening|night)\b`;

/** A time of day in any of the ways above, as the source of a regular expression (its groups are clockOf's). */
export const TIME_OF_DAY = `(?:${WITH_HALF}|${TWENTY_FOUR}|${IN_WORDS}|${NAMED}|${HOUR_OCLOCK}|${FOUR_FIGURES}|${HOUR_OF_PART})`;

export interface ClockTime {
  /** The words, and where they start in the text read. */
  text: string;
  index: number;
  /** Minutes after midnight ("2:15 p.m." is 855); a time told without its half of the day counts as the morning's. */
  minutes: number;
  /** Whether the words tell which half of the day ("a quarter past three" does not). */
  halfKnown: boolean;
  /** The zone told right after it: a zone's name ("GMT", "IST") or "local time", lower-cased. */
  zone?: string;
}

// Zones news text names after a clock time, with their offsets from UTC in minutes. "IST" is India's, as news text
// writing it mostly means; "local time" is the zone of the place the article speaks from.
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  gmt: 0,
  utc: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  pkt: 300,
  sgt: 480,
  hkt: 480,
  jst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};
const ZONE = new RegExp(String.raw`^\s*\(?\s*(${Object.keys(ZONE_OFFSETS).join('|')}|local time)\b`, 'i');

/** A zone's offset from UTC in minutes, or null for "local time" and zones not known. */
export function zoneOffset(zone: string): number | null {
  return ZONE_OFFSETS[zone] ?? null;
}

const ANY = new RegExp(TIME_OF_DAY, 'gi');
const WORD_HOURS: Readonly<Record<string, number>> = Object.fromEntries(
  HOUR_WORDS.split('|').map((word, i) => [word, i + 1]),
);
const NUMBER_WORDS: readonly string[] = [...UNITS.split('|'), ...TEENS.split('|')];

/** Minutes told in words: "quarter" 15, "half" 30, "twenty-five" 25, "eighteen minutes" 18. */
function minutesOf(words: string): number {
  const word = words.toLowerCase().replace(/\s+minutes?$/, '');
  if (word === 'quarter') return 15;
  if (word === 'half') return 30;
  if (/^\d+$/.test(word)) return Number(word);
  const [tens, unit] = word.split(/[-\s]/);
  if (tens === 'twenty') return 20 + (unit ? NUMBER_WORDS.indexOf(unit) + 1 : 0);
  return NUMBER_WORDS.indexOf(word) + 1;
}

/** Every time of day a text tells, in order. */
export function clockTimesIn(text: string): ClockTime[] {
  const out: ClockTime[] = [];
  for (const match of text.matchAll(ANY)) {
    const read = readMatch(match);
    // Four figures carry their zone in their words ("1430 GMT"); "hours" is none.
    const own = match[14]?.toLowerCase();
    const zone = own
      ? own.startsWith('h')
        ? undefined
        : own
      : ZONE.exec(text.slice(match.index + match[0].length))?.[1]?.toLowerCase();
    if (!read) continue;
    const part = read.halfKnown ? undefined : PART_AFTER.exec(text.slice(match.index + match[0].length));
    const told = part
      ? { minutes: withPartOfDay(read.minutes, (part[1] ?? 'night').toLowerCase()), halfKnown: true }
      : read;
    out.push({ text: match[0], index: match.index, ...told, ...(zone ? { zone } : {}) });
  }
  return out;
}

/** The time of day some words tell ("3:40 a.m.", "at about noon"), or null. */
export function clockOf(words: string): ClockTime | null {
  return clockTimesIn(words)[0] ?? null;
}

/** The hour (0–23) a clock time names ("3:40 a.m.", "11pm", "14:30", "noon"), or null. */
export function hourOf(clock: string): number | null {
  const time = clockOf(clock);
  return time ? Math.floor(time.minutes / 60) : null;
}

function readMatch(match: RegExpMatchArray): { minutes: number; halfKnown: boolean } | null {
  const [
    ,
    hours12,
    minutes12,
    half,
    hours24,
    colonMinutes,
    dotMinutes,
    wordMinutes,
    direction,
    wordHour,
    named,
    oclock,
    hours4,
    minutes4,
    ,
    partHour,
    part,
  ] = match;
  if (hours4 !== undefined) return { minutes: Number(hours4) * 60 + Number(minutes4), halfKnown: true };
  if (partHour !== undefined) return ofPartOfDay(WORD_HOURS[partHour.toLowerCase()]!, part!.toLowerCase());
  if (oclock) return { minutes: (WORD_HOURS[oclock.toLowerCase()]! % 12) * 60, halfKnown: false };
  if (named) return { minutes: named.toLowerCase() === 'midnight' ? 0 : 12 * 60, halfKnown: true };
  if (hours12 !== undefined) {
    const hour = Number(hours12);
    const minute = Number(minutes12 ?? 0);
    if (minute > 59) return null;
    // "10 o'clock" tells no half of the day.
    if (!half) return hour <= 12 ? { minutes: (hour % 12) * 60 + minute, halfKnown: false } : null;
    if (hour < 1 || hour > 12) return null;
    return { minutes: ((hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0)) * 60 + minute, halfKnown: true };
  }
  // "14:30" and "06:40" tell their half of the day; "3:12" and "9:12", an hour of 1 to 12 told with no leading zero and
  // no a.m. or p.m., do not ("at 3:12 on Tuesday afternoon", "hit the ground at 9:12" in the night).
  if (hours24 !== undefined) {
    const halfKnown = !/^(?:[1-9]|1[0-2])$/.test(hours24);
    return { minutes: Number(hours24) * 60 + Number(colonMinutes ?? dotMinutes), halfKnown };
  }
  const hourWord = wordHour!.toLowerCase();
  const offset = minutesOf(wordMinutes!);
  const signed = direction!.toLowerCase() === 'to' ? -offset : offset;
  if (!(offset >= 1 && offset <= 30)) return null;
  // "ten to midnight" is 11:50 p.m., "a quarter past noon" 12:15 p.m.: the half of the day is told.
  if (hourWord === 'midnight' || hourWord === 'noon' || hourWord === 'midday') {
    const base = hourWord === 'midnight' ? 0 : 12 * 60;
    return { minutes: (base + signed + 24 * 60) % (24 * 60), halfKnown: true };
  }
  const hour = WORD_HOURS[hourWord] ?? Number(wordHour);
  // "five to six metres" is a range of numbers; "a quarter to six" is surely a time, and so is "at twenty to seven".
  // "ten minutes after two officers arrived" is none.
  const word = wordMinutes!.toLowerCase();
  const [input, at] = [match.input ?? '', match.index ?? 0];
  const atTime =
    TIME_PREPOSITION.test(input.slice(Math.max(0, at - 12), at)) &&
    NO_COUNT_AFTER.test(input.slice(at + match[0].length, at + match[0].length + 12));
  const surelyTime = direction!.toLowerCase() === 'past' || word === 'quarter' || word === 'half' || atTime;
  if (!(hour >= 1 && hour <= 12) || !surelyTime) return null;
  const minutes = ((hour % 12) * 60 + signed + 12 * 60) % (12 * 60);
  return { minutes, halfKnown: false };
}

const TIME_PREPOSITION = /\b(?:at|by|around|about|until|till|before|after)\s+$/i;
// Not a count of things ("rose by five to six percent"): the time ends its clause or a day or a place follows it.
// Nor does a new clause's subject: "By ten to nine the alarm was sounding".
const NO_COUNT_AFTER =
  /^(?:\s*(?:[.,;:!?)—–]|$)|\s+(?:on|that|this|in|at|when|as|and|local|yesterday|today|tonight|the|his|her|their|its|our|my|he|she|they|we|it|i|there)\b)/i;

// The part of the day told right after a time with no half of its own: "at twenty to three in the afternoon", "at
// 10 o'clock that night", "at 3:40 on Monday morning", "at half past eleven at night".
const PART_AFTER =
  /^\s+(?:(?:in\s+the|this|that|on\s+\p{Lu}\p{Ll}+day|on\s+the|the\s+(?:next|following))\s+(morning|afternoon|evening|night)\b|at\s+night\b)/u;

/** A time with no half of the day (0:00 to 11:59), put in the half its part of the day tells. */
function withPartOfDay(minutes: number, part: string): number {
  const hour = Math.floor(minutes / 60) || 12;
  const afternoon = part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6 && hour !== 12);
  return (minutes % (12 * 60)) + (afternoon ? 12 * 60 : 0);
}

/** An hour in words with the part of the day told after it: "four on Thursday morning" is 4 a.m., "ten that night" 10 p.m. */
function ofPartOfDay(hour: number, part: string): { minutes: number; halfKnown: boolean } {
  const afternoon = part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6 && hour !== 12);
  return { minutes: ((hour % 12) + (afternoon ? 12 : 0)) * 60, halfKnown: true };
}

// "did not resume until 2.05pm", "was not reopened till noon": a time after a denied "until" is when it happened, not a
// bound on it. The denial stands in the same clause, before the "until".
const NOT_UNTIL = /\b(?:not|never)\b[^,;.:]*\b(?:until|till)\s+$|n['’]t\b[^,;.:]*\b(?:until|till)\s+$/i;

/** The words before a clock time (up to its clause's start) end on a denied "until": the time tells when it happened. */
export function notUntil(before: string): boolean {
  return NOT_UNTIL.test(before.slice(-80));
}
