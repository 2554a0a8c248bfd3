// Days named for a feast, a remembrance or a custom whose date moves from year to year: "Good Friday", "Easter Monday",
// "Palm Sunday", "Remembrance Sunday", "Thanksgiving", "Black Friday", "Super Bowl Sunday". Each is its real day in the
// year the sentence means (the last one, or the coming one when it looks ahead), never the bare weekday in its name; a
// name that tells a kind of thing ("Black Friday deals", "the Good Friday Agreement") or a year we cannot place is no
// date at all, and its weekday no weekday either.
import { addDays, type CalendarDay, formatDay, weekdayOf, YEAR_DIGITS } from './calendar.ts';
import { type Candidate, dayCandidate, rangeOfDays } from './candidates.ts';
import { monthLooksForward } from './tense.ts';

/** The day a name falls on in one year, or null when that year's day is not known. */
type DayOfYear = (year: number) => CalendarDay | null;

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
function easter(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth (1-based) weekday (0 = Sunday) of a month; -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDay {
  if (n < 0) {
    const last = month === 12 ? { year, month, day: 31 } : addDays({ year, month: month + 1, day: 1 }, -1);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7) + (n + 1) * 7);
  }
  const first: CalendarDay = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}

const fromEaster =
  (days: number): DayOfYear =>
  (year) =>
    addDays(easter(year), days);
const nth =
  (month: number, weekday: number, n: number, shift = 0): DayOfYear =>
  (year) =>
    addDays(nthWeekday(year, month, weekday, n), shift);

// The Super Bowl has been played on the first Sunday of February from 2004 and on the second from 2022; before 2004 it
// moved about, so no day is given.
const superBowl: DayOfYear = (year) =>
  year >= 2022 ? nthWeekday(year, 2, 0, 2) : year >= 2004 ? nthWeekday(year, 2, 0, 1) : null;

const NAMED_DAYS: Readonly<Record<string, DayOfYear>> = {
  'ash wednesday': fromEaster(-46),
  'shrove tuesday': fromEaster(-47),
  'pancake day': fromEaster(-47),
  'mothering sunday': fromEaster(-21),
  'palm sunday': fromEaster(-7),
  'maundy thursday': fromEaster(-3),
  'holy thursday': fromEaster(-3),
  'good friday': fromEaster(-2),
  'holy saturday': fromEaster(-1),
  'easter sunday': fromEaster(0),
  'easter day': fromEaster(0),
  'easter monday': fromEaster(1),
  'ascension day': fromEaster(39),
  'whit sunday': fromEaster(49),
  'pentecost sunday': fromEaster(49),
  'whit monday': fromEaster(50),
  'remembrance sunday': nth(11, 0, 2),
  'thanksgiving day': nth(11, 4, 4),
  thanksgiving: nth(11, 4, 4),
  'canadian thanksgiving': nth(10, 1, 2),
  'black friday': nth(11, 4, 4, 1),
  'cyber monday': nth(11, 4, 4, 4),
  'super bowl sunday': superBowl,
  'memorial day': nth(5, 1, -1),
  'labor day': nth(9, 1, 1),
  "father's day": nth(6, 0, 3),
  'martin luther king day': nth(1, 1, 3),
  "presidents' day": nth(2, 1, 3),
  'presidents day': nth(2, 1, 3),
  // Bank holidays of England and Wales named by their month or season: Mondays fixed by rule, told in any case.
  'early may bank holiday': nth(5, 1, 1),
  'may bank holiday': nth(5, 1, 1),
  'spring bank holiday': nth(5, 1, -1),
  'august bank holiday': nth(8, 1, -1),
  'summer bank holiday': nth(8, 1, -1),
};
// A bank holiday may add its weekday: "the August bank holiday Monday".
const BANK_HOLIDAY = /bank holiday$/;

/** The name as a pattern: each word capitalised, or in either case for a bank holiday ("the May bank holiday"). */
function namePattern(name: string): string {
  const anyCase = BANK_HOLIDAY.test(name);
  return `${name
    .replace(/(?:^|\s)\p{L}/gu, (start) => {
      const letter = start.trim();
      return `${start.slice(0, -1)}${anyCase ? `[${letter.toUpperCase()}${letter}]` : letter.toUpperCase()}`;
    })
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+')}${anyCase ? '(?:\\s+Monday)?' : ''}`;
}

// Names are capitalised: "a national day of thanksgiving" names no holiday.
const NAME = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${Object.keys(NAMED_DAYS)
    .sort((a, b) => b.length - a.length)
    .map(namePattern)
    .join('|')})\\b(?!['’]s\\b)`,
  'gu',
);
// Told as a time: a preposition or determiner of time before it.
const TIME_WORD_BEFORE =
  /\b(?:on|at|by|before|after|over|until|till|since|for|from|to|during|around|through|of|this|last|next)\s+$/i;
// Words of a noun phrase after the name make it a kind of thing ("Black Friday deals", "Thanksgiving dinner", "the Good
// Friday Agreement"), unless they are a part of the day or a verb.
const NOUN_AFTER =
  /^\s+(?!(?:morning|afternoon|evening|night|lunchtime|and|or|is|was|were|will|has|had|falls|fell|this|last|next)\b)(?:\p{Ll}{2,}|\p{Lu}\p{Ll}+)/u;
const PART_OF_DAY_AFTER = /^\s+(?:morning|afternoon|evening|night|lunchtime)\b/i;
const YEAR_AFTER = new RegExp(`^(?:\\s+(${YEAR_DIGITS})\\b|,\\s*(${YEAR_DIGITS})\\b(?=\\s*(?:[.,;:)!?—–]|$)))`);

interface NamedDayMention {
  start: number;
  end: number;
  /** The day meant, or null when the name tells no date. */
  day: CalendarDay | null;
  dayOf: DayOfYear;
}

function namedDayMentions(sentence: string, reference: CalendarDay): NamedDayMention[] {
  const out: NamedDayMention[] = [];
  for (const match of sentence.matchAll(NAME)) {
    const modifier = match[1]?.toLowerCase();
    const name = match[2]!
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace('’', "'")
      .replace(/(bank holiday) monday$/, '$1');
    const dayOf = NAMED_DAYS[name]!;
    const after = sentence.slice(match.index + match[0].length);
    const end = match.index + match[0].length;
    const told = YEAR_AFTER.exec(after);
    // "Read next Memorial Day parade …": a word of time of its own before the name's words, or none.
    // A bank holiday's happening after "the" is that day's ("the August bank holiday fete"): the day is a date of the
    // year, not a kind of day as "Bank holiday traffic" is.
    const timeBefore =
      TIME_WORD_BEFORE.test(sentence.slice(0, match.index)) ||
      (BANK_HOLIDAY.test(name) && /\bthe\s+$/i.test(sentence.slice(0, match.index)));
    const isThing = !told && !timeBefore && NOUN_AFTER.test(after);
    const thingAfter = !told && NOUN_AFTER.test(after) && !PART_OF_DAY_AFTER.test(after) && /^\s+\p{Lu}/u.test(after);
    if (isThing || thingAfter) {
      out.push({ start: match.index, end, day: null, dayOf });
      continue;
    }
    const day = told
      ? dayOf(Number(told[1] ?? told[2]))
      : nearest(dayOf, reference, modifier ?? (looksAhead(sentence, match.index, after) ? 'ahead' : 'behind'));
    out.push({ start: match.index, end: told ? end + told[0].length : end, day, dayOf });
  }
  return out;
}

// The name as the subject of its own coming: "Father's Day falls next Sunday", "Easter, which falls on April 20".
const FALLS_AHEAD = /^\s*(?:,\s*which\s+)?(?:falls|will\s+(?:fall|be)|is\s+(?:on|next|this))\b/i;

function looksAhead(sentence: string, index: number, after: string): boolean {
  return FALLS_AHEAD.test(after) || monthLooksForward(sentence, index);
}

/** The named day of the year meant: the last one on or before the reference, or the coming one. */
function nearest(dayOf: DayOfYear, reference: CalendarDay, which: string): CalendarDay | null {
  const today = formatDay(reference);
  const days = [reference.year - 1, reference.year, reference.year + 1]
    .map(dayOf)
    .filter((day): day is CalendarDay => day !== null);
  if (which === 'this') return days.find((day) => day.year === reference.year) ?? null;
  if (which === 'last') return days.filter((day) => formatDay(day) < today).at(-1) ?? null;
  if (which === 'next' || which === 'ahead') return days.find((day) => formatDay(day) > today) ?? null;
  return days.filter((day) => formatDay(day) <= today).at(-1) ?? null;
}

// Two named days joined as a span: "from Good Friday to Easter Monday", "between Good Friday and Easter Sunday".
const SPAN_BETWEEN = /^\s*(?:to|until|till|through|and|-|–)\s*$/i;

/** The days the sentence names by a feast, remembrance or custom, in the year it means; a span of two as one range. */
export function namedDays(sentence: string, reference: CalendarDay): Candidate[] {
  const mentions = namedDayMentions(sentence, reference);
  const out: Candidate[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const { start, end, day } = mentions[i]!;
    if (!day) continue;
    const next = mentions[i + 1];
    const last = next?.day && SPAN_BETWEEN.test(sentence.slice(end, next.start)) ? firstOnOrAfter(next, day) : null;
    // "and" joins a span only after "between": "on Good Friday and Easter Monday" are two days.
    const joined =
      last && (!/and/i.test(sentence.slice(end, next!.start)) || /\bbetween\s+$/i.test(sentence.slice(0, start)));
    if (joined) {
      out.push(rangeOfDays(day, last, sentence.slice(start, next!.end), start));
      i++;
    } else out.push(dayCandidate(day, sentence.slice(start, end), start));
  }
  return out;
}

/** The named day's first date on or after `day` (the end of a span that starts there). */
function firstOnOrAfter(mention: NamedDayMention, day: CalendarDay): CalendarDay | null {
  const from = formatDay(day);
  return (
    [day.year, day.year + 1]
      .map(mention.dayOf)
      .find((candidate): candidate is CalendarDay => candidate !== null && formatDay(candidate) >= from) ?? null
  );
}

/** The words of named days that tell no date, so that no rule reads their weekday or year. */
export function namedDaysOfNoDate(sentence: string, reference: CalendarDay): { start: number; end: number }[] {
  return namedDayMentions(sentence, reference)
    .filter((mention) => mention.day === null)
    .map(({ start, end }) => ({ start, end }));
}
