// Months named in words, as chrono leaves them: a day of a month ("May 7", "7 May 2027"), a range of months ("between
// February and April") and a month alone ("in March", "since early March 2024"), each in the year the sentence's
// tense points to.
import { type CalendarDay, formatMonth, monthYear, nearestMonthYear } from './calendar.ts';
import { type Candidate, dayCandidate, monthCandidate } from './candidates.ts';
import { DAY_ENDING, FULL_MONTH, monthNumber } from './months.ts';
import { isHabitual, isPastPlan, monthLooksForward, tellsNoTenseAround } from './tense.ts';

// "May 7", "7 May 2027": a day chrono passed over (it can read "May 7, 21 days after" as something else).
const MONTH_DAY = new RegExp(
  `\\b(?:(${FULL_MONTH})\\s+(\\d{1,2})${DAY_ENDING}?(?!\\d)(?:,?\\s+(\\d{4})\\b)?|(\\d{1,2})${DAY_ENDING}?\\s+(${FULL_MONTH})(?:\\s+(\\d{4})\\b)?)`,
  'g',
);

export function monthDays(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(MONTH_DAY)) {
    const month = monthNumber(match[1] ?? match[5]!);
    const day = Number(match[2] ?? match[4]);
    if (day < 1 || day > 31) continue;
    const written = match[3] ?? match[6];
    const year = written ? Number(written) : monthYear(month, reference, monthLooksForward(sentence, match.index));
    out.push(dayCandidate({ year, month, day }, match[0], match.index));
  }
  return out;
}

// "between February and April", "between March 2023 and June 2024": a range of months.
const BETWEEN_MONTHS = new RegExp(
  `\\bbetween\\s+(${FULL_MONTH})(?:\\s+(\\d{4}))?\\s+and\\s+(${FULL_MONTH})(?:\\s+(\\d{4}))?\\b`,
  'g',
);

export function monthRanges(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(BETWEEN_MONTHS)) {
    if (!match[2] && !match[4] && isHabitual(sentence, match.index)) continue;
    const [first, last] = [monthNumber(match[1]!), monthNumber(match[3]!)];
    const lastYear = match[4]
      ? Number(match[4])
      : match[2]
        ? Number(match[2]) + (last < first ? 1 : 0)
        : monthYear(last, reference, monthLooksForward(sentence, match.index));
    const firstYear = match[2] ? Number(match[2]) : lastYear - (first > last ? 1 : 0);
    out.push({
      date: formatMonth(firstYear, first),
      endDate: formatMonth(lastYear, last),
      precision: 'month',
      text: match[0],
      index: match.index,
      length: match[0].length,
    });
  }
  return out;
}

// "every Friday in August", "each weekend of July": days that recur within the month, no time of their own.
const WITHIN = new Set(['in', 'during', 'through', 'of']);
const EVERY_DAY_BEFORE =
  /\b(?:every|each)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|morning|afternoon|evening|night|weekday|weekend|week)s?)\s*$/i;

/** A month chrono left alone: "in March" (the most recent March, or the next one if the sentence looks forward). */
// "in May", "since early March 2024", and opening a sentence: "In January 2009, …" (only the lead takes a capital).
const MONTH_LEADS = 'in since from until till to by during through before after early mid late of last next this';
const MONTH_NAMED = new RegExp(
  `\\b(?:${MONTH_LEADS.split(' ').map(capitalOptional).join('|')})\\s+(?:at\\s+least\\s+)?(?:early\\s+|mid-|late\\s+)?(${FULL_MONTH})(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);

const OF_YEAR = /^\s+of\s+(last|this|next)\s+year\b/i;

function capitalOptional(word: string): string {
  return `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
}

export function monthNames(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(MONTH_NAMED)) {
    const month = monthNumber(match[1]!);
    const lead = match[0].split(/\s/)[0]!.toLowerCase();
    if (!match[2] && isHabitual(sentence, match.index)) continue;
    // A routine starting "from May" has a start; one "in August" only recurs within it.
    if (!match[2] && WITHIN.has(lead) && EVERY_DAY_BEFORE.test(sentence.slice(0, match.index))) continue;
    // "next April" is next year's April; "last April" the most recent one before this month.
    const monthIndex = match.index + match[0].lastIndexOf(match[1]!);
    // "in January of last year", "in May of this year": the year told after the month.
    const of = match[2] ? null : OF_YEAR.exec(sentence.slice(match.index + match[0].length));
    if (of) {
      const shift = of[1]!.toLowerCase() === 'last' ? -1 : of[1]!.toLowerCase() === 'next' ? 1 : 0;
      out.push(monthCandidate(reference.year + shift, month, match[0] + of[0], match.index));
      continue;
    }
    const year = match[2]
      ? Number(match[2])
      : lead === 'next'
        ? reference.year + 1
        : lead !== 'last' &&
            (isPastPlan(sentence, monthIndex) || (lead !== 'since' && tellsNoTenseAround(sentence, monthIndex)))
          ? nearestMonthYear(month, reference)
          : monthYear(month, reference, lead !== 'last' && monthLooksForward(sentence, monthIndex), lead === 'last');
    out.push(monthCandidate(year, month, match[0], match.index));
  }
  return out;
}
