// Resolves the temporal expressions of one sentence against the day the article speaks from, in news style.
// Months named in words are read in month-dates.ts, days listed after one in listed-days.ts.
import nlp from 'compromise';
import { addDays, addMonths, type CalendarDay, formatDay } from './calendar.ts';
import {
  type Candidate,
  countOf,
  type DateMention,
  dayCandidate,
  monthCandidate,
  NUMBER_WORDS,
  shiftedCandidate,
  withYearOfSubject,
  withYearToldAfter,
  yearCandidate,
} from './candidates.ts';
import { chronologyEntries } from './chronology-entries.ts';
import { LARGE_COUNT_WORD, largeCountOf } from './counts-in-words.ts';
import { elapsedSince } from './elapsed-since.ts';
import { explicitDates } from './explicit-dates.ts';
import { dottedDates, figureDates, ordinalDays } from './figure-dates.ts';
import type { FigureOrder } from './figure-order.ts';
import { figureRanges } from './figure-ranges.ts';
import { withListedDays } from './listed-days.ts';
import { monthDays, monthNames, monthRanges } from './month-dates.ts';
import { FULL_MONTH } from './months.ts';
import { splitMovedTimes } from './moved-times.ts';
import { namedDays, namedDaysOfNoDate } from './named-days.ts';
import { withPeriodsNamingThings } from './period-naming-a-thing.ts';
import { plannedForAMonth } from './planned-for-a-month.ts';
import { quarters } from './quarters.ts';
import { comingSeasons, newYear, seasons } from './seasons.ts';
import { settleDates } from './settle-dates.ts';
import { withSpansToMonthEnd } from './spans-to-month-end.ts';
import { looksForward, monthLooksForward } from './tense.ts';
import { unmeantTimes } from './unmeant-times.ts';
import { WEEKDAY_OF_EVERY_MONTH, weekdaysOfMonths } from './weekday-of-month.ts';
import { weekdays, weeks } from './weekdays.ts';
import { years } from './years.ts';

export { type CalendarDay, type Precision, referenceDay } from './calendar.ts';
export type { DateMention } from './candidates.ts';
export { looksForward } from './tense.ts';

// "several days ago" is a few days back, near enough to three.
const COUNT_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, several: 3 };
const COUNT = `(\\d{1,3}|${LARGE_COUNT_WORD}|${Object.keys(COUNT_WORDS).join('|')})`;
const countIn = (word: string) => largeCountOf(word) ?? countOf(word, COUNT_WORDS);

// What a time is the far side of: "since 1987", "since the storms in 2019", "since March 2023".
const SINCE_TIME =
  /\bsince\s+(?:(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+in\s+)?(?:(?:the|a|an)\s+)?(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\b/u
    .source;
// A comparison reaching back to a time ("the heaviest since 1987", "their lowest level since March 2023", "the most in
// August since 1997", "the agency's first flight since a 2006 probe"): no time inside it is an event.
// A word in -est is a superlative only as the tagger reads it: "asked for a fence around the rest since 2050", "has
// lived in the west since 2049" compare nothing.
const COMPARISON = new RegExp(
  `\\b(?:the|its|their|his|her|our|\\p{L}+['’]s)\\s+(?:[\\p{L}-]+\\s+)?(?:\\p{L}+est|most|least|fewest|first|worst|best)\\b[^,;:!?]{0,40}?${SINCE_TIME}`,
  'gu',
);
const SUPERLATIVE_WORD = /\b(?:most|least|fewest|first|worst|best)\b/i;

function isComparison(match: RegExpMatchArray): boolean {
  return SUPERLATIVE_WORD.test(match[0]) || nlp(match[0]).has('#Superlative');
}
// An amount changed by more or less than a multiple ("have more than doubled since 2028", "had less than halved since
// March 2029"): the time is the measure's far side, not a happening.
const CHANGE_COMPARED = new RegExp(`\\b(?:more|less)\\s+than\\s+\\p{Ll}+ed\\b[^,;:!?]{0,40}?${SINCE_TIME}`, 'giu');
// A time a comparative measures against ("a week earlier than last year", "busier on Saturday than in 2031", "colder
// than on Monday", "sold more in a week than in the whole of last summer"): the far side of the comparison, not a
// happening. "no later than Friday" is a limit, and counts.
const THAN_TIME = new RegExp(
  `(?<=(?<!\\b(?:no|not)\\s)\\b(?:\\p{L}{2,}er|more|less|fewer)\\b[^,;:.!?]{0,30}?)\\bthan\\s+(?:(?:in|on|at|during|over)\\s+)?(?:(?:the\\s+(?:whole|rest)\\s+of|all\\s+of)\\s+)?(?:(?:last|this|next)\\s+\\p{L}+|\\d{4}\\b|\\p{Lu}\\p{Ll}+day\\b|(?:${FULL_MONTH})\\b(?:\\s+\\d{1,2}\\b)?)`,
  'gu',
);

// A count over a span ("its second recall in 12 months", "the third closure in five years"): how often, not when.
const COUNT_OVER_SPAN =
  /\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b[^,;:.!?]{0,40}?\b(?:in|within|over)\s+(?:the\s+(?:past|last)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|months|years)\b/giu;
// A date written somewhere and quoted as text: "chalked a date, May 5, on the door", "a sign reading 'June 1'".
const DATE_AS_TEXT =
  /\b(?:a|the|one)\s+date\s*[,:]\s*[^,;.!?]{1,30}|\b(?:reading|reads|read|saying|says|marked|written|wrote|chalked|painted|scrawled|inscribed|stamped)\s*[,:]?\s*(?:[“"‘'][^”"’']{1,30}[”"’'])/giu;

// The same told after the quote, as what a sign, banner or notice reads: "'Back on Saturday,' the sign read." The
// thing read is the subject: no verb of saying, pronoun or joining word comes before "read" ("… the warden said as he
// read out the list" quotes the warden).
const QUOTE_READ_AFTER =
  /[“"‘'][^”"’']{1,40}[”"’']\s+(?:the|a|an|its|their|his|her|one)\s+(?:(?!(?:said|says|told|tells|added|adds|as|when|while|and|but|who|which|that|then|he|she|they|we|it|i|you)\b)[^\s,;.!?“”"]+\s+){0,6}?(?:read|reads)\b/giu;

// A bound to count back from ("the lifeboat's last call-out before today", "its previous sitting before Monday").
const LAST_BEFORE =
  /\b(?:last|previous)\b[^,;:.!?]{0,40}?\bbefore\s+(?:today|tonight|yesterday|this\s+\p{L}+|\p{Lu}\p{Ll}+day)\b/gu;

/**
 * Every date the sentence speaks of, left to right; overlapping expressions count once (the most explicit). Days in
 * figures are read in the page's `order` when it shows one.
 */
export function resolveDates(
  sentence: string,
  reference: CalendarDay,
  order: FigureOrder | null = null,
): DateMention[] {
  const comparisons = [
    ...[...sentence.matchAll(COMPARISON)].filter(isComparison),
    ...sentence.matchAll(CHANGE_COMPARED),
    ...sentence.matchAll(THAN_TIME),
    ...sentence.matchAll(COUNT_OVER_SPAN),
    ...sentence.matchAll(DATE_AS_TEXT),
    ...sentence.matchAll(LAST_BEFORE),
    ...sentence.matchAll(WEEKDAY_OF_EVERY_MONTH),
    ...sentence.matchAll(QUOTE_READ_AFTER),
  ]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .concat(unmeantTimes(sentence), namedDaysOfNoDate(sentence, reference));
  const rules = [
    weekdaysOfMonths,
    (text: string, day: CalendarDay) => explicitDates(text, day, order),
    (text: string, day: CalendarDay) => figureRanges(text, day, order),
    (text: string, day: CalendarDay) => figureDates(text, day, order),
    dottedDates,
    chronologyEntries,
    monthDays,
    ordinalDays,
    monthRanges,
    holidays,
    namedDays,
    quarters,
    weeks,
    relativeDays,
    elapsedSince,
    monthNames,
    plannedForAMonth,
    relativeMonthsAndYears,
    newYear,
    years,
    seasons,
    comingSeasons,
    weekdays,
  ];
  const settled = settleDates(
    sentence,
    rules.map((rule) =>
      rule(sentence, reference).map((found) =>
        withYearOfSubject(withYearToldAfter(found, sentence, reference), sentence, reference),
      ),
    ),
    comparisons,
  ).map(({ length: _length, loose: _loose, ...mention }) => mention);
  return withSpansToMonthEnd(
    sentence,
    withPeriodsNamingThings(sentence, withListedDays(sentence, splitMovedTimes(sentence, settled))),
  );
}

// Days of the year named by a holiday: the nearest one on or before publication, or the coming one looking forward.
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
};
const HOLIDAY = /\b(?:Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]s Eve|New Year['’]s Day)\b/g;

// A holiday naming a kind of thing ("Christmas lights", "the Christmas market") rather than a time: no preposition or
// determiner of time before it, and a word of its noun phrase after it (not "Christmas morning"; "my last" is final).
const TIME_WORD_BEFORE =
  /\b(?:on|at|by|before|after|over|until|till|since|for|from|to|during|around|(?<!\b(?:my|his|her|their|our|your|its|the)\s+)(?:this|last|next)|of)\s+$/i;
const NOUN_AFTER = /^\s+(?!(?:morning|afternoon|evening|night|and|or|is|was|were|will|has|had)\b)\p{Ll}/u;

function holidays(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(HOLIDAY)) {
    const after = sentence.slice(match.index + match[0].length);
    if (!TIME_WORD_BEFORE.test(sentence.slice(0, match.index)) && NOUN_AFTER.test(after)) continue;
    const [month, day] = HOLIDAYS[match[0].toLowerCase().replace('’', "'")]!;
    const today = formatDay(reference);
    const thisYear = formatDay({ year: reference.year, month, day });
    const forward = monthLooksForward(sentence, match.index);
    const year =
      forward && thisYear < today
        ? reference.year + 1
        : !forward && thisYear > today
          ? reference.year - 1
          : reference.year;
    out.push(dayCandidate({ year, month, day }, match[0], match.index));
  }
  return out;
}

/** "today", "yesterday", "two days ago", "a month ago", "in three weeks". */
function relativeDays(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  const fixed =
    /\b(the day before yesterday|the day after tomorrow|today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow)\b/gi;
  for (const match of sentence.matchAll(fixed)) {
    if (/\bago\s+$/i.test(sentence.slice(0, match.index))) continue; // "a week ago today", below
    const word = match[1]!.toLowerCase();
    const shift = word.includes('before yesterday')
      ? -2
      : word.includes('after tomorrow')
        ? 2
        : word === 'yesterday' || word === 'last night'
          ? -1
          : word === 'tomorrow'
            ? 1
            : 0;
    out.push(dayCandidate(addDays(reference, shift), match[0], match.index));
  }
  // "a week ago today", "a year ago yesterday": one day, counted from the day named after it.
  const ago = new RegExp(`\\b${COUNT} (day|week|fortnight|month|year)s? ago(?:\\s+(today|yesterday))?\\b`, 'gi');
  for (const match of sentence.matchAll(ago)) {
    const unit = match[2]!.toLowerCase();
    const from = match[3] ? addDays(reference, match[3].toLowerCase() === 'yesterday' ? -1 : 0) : reference;
    const day = match[3] && unit !== 'month' && unit !== 'year';
    const count = -countIn(match[1]!);
    out.push(
      day || !match[3]
        ? shiftedCandidate(from, count, unit, match[0], match.index)
        : dayCandidate(
            unit === 'year'
              ? { ...from, year: from.year + count }
              : { ...addMonths(from.year, from.month, count), day: from.day },
            match[0],
            match.index,
          ),
    );
  }
  // "in three weeks" is a date only when the sentence looks forward; "140 mm of rain in three days" is a duration.
  const within = new RegExp(`\\bin ${COUNT} (day|week|fortnight|month|year)s?(?!\\s+(?:long|of)\\b)`, 'gi');
  for (const match of sentence.matchAll(within)) {
    const before = sentence.slice(0, match.index);
    if (!looksForward(sentence, match.index) || /\d[\d,.]*\s+\S+(?:\s+of\s+\S+)?\s*$/.test(before)) continue;
    out.push(shiftedCandidate(reference, countIn(match[1]!), match[2]!.toLowerCase(), match[0], match.index));
  }
  return out;
}

/**
 * "earlier this month", "last month", "next month", "this year", "last year", "earlier this year"; a part of one
 * ("the end of the year", "the rest of the month") is that year or month.
 */
function relativeMonthsAndYears(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  const pattern =
    /\b(earlier this|later this|this|last|next|(?:the )?(?:end|start|beginning|middle|rest|remainder) of (?:the|this))\s+(month|year)\b/gi;
  for (const match of sentence.matchAll(pattern)) {
    const which = match[1]!.toLowerCase();
    // "was sold the next year": the year after a time just told (anchors.ts), not after the publication.
    if (which === 'next' && /\b(?:the|that)\s+$/i.test(sentence.slice(0, match.index))) continue;
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    // A whole month or year named loosely; a part of one ("the end of the year") is a time of its own.
    const loose = !which.includes(' of');
    if (match[2]!.toLowerCase() === 'month') {
      const { year, month } = addMonths(reference.year, reference.month, shift);
      out.push({ ...monthCandidate(year, month, match[0], match.index), loose });
    } else {
      out.push({ ...yearCandidate(reference.year + shift, match[0], match.index), loose });
    }
  }
  return out;
}
