// A date found in a sentence, before overlapping finds are settled: what each date rule returns.
import { addDays, addMonths, type CalendarDay, formatDay, formatMonth, type Precision } from './calendar.ts';
import { MONTH_NAME } from './months.ts';

/** A date a sentence speaks of. `date` is YYYY-MM-DD, YYYY-MM or YYYY by precision. */
export interface DateMention {
  date: string;
  /** Last day (month, year) of a range, at the same precision as `date`. */
  endDate?: string;
  precision: Precision;
  /** The words that gave the date, and where they are in the sentence. */
  text: string;
  index: number;
  /** The words name a past happening told as context ("a 2010 eruption"), not part of the story reported. */
  background?: boolean;
}

export interface Candidate extends DateMention {
  length: number;
  /** A period named loosely ("last week", "this year"): the same time as an exact date told beside it. */
  loose?: boolean;
}

export function dayCandidate(day: CalendarDay, text: string, index: number): Candidate {
  return { date: formatDay(day), precision: 'day', text, index, length: text.length };
}

export function rangeOfDays(first: CalendarDay, last: CalendarDay, text: string, index: number): Candidate {
  return { date: formatDay(first), endDate: formatDay(last), precision: 'day', text, index, length: text.length };
}

export function monthCandidate(year: number, month: number, text: string, index: number): Candidate {
  return { date: formatMonth(year, month), precision: 'month', text, index, length: text.length };
}

export function yearCandidate(year: number, text: string, index: number, endYear?: number): Candidate {
  return {
    date: formatYear(year),
    ...(endYear === undefined ? {} : { endDate: formatYear(endYear) }),
    precision: 'year',
    text,
    index,
    length: text.length,
  };
}

function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

/** Counts written as words ("two days later", "three weeks ago"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A count in digits or words; `words` gives the words it may be (NUMBER_WORDS by default). */
export function countOf(word: string, words: Readonly<Record<string, number>> = NUMBER_WORDS): number {
  return /^\d+$/.test(word) ? Number(word) : (words[word.toLowerCase()] ?? 1);
}

// A year told after a day or month that names none: "by June 30 next year", "in March last year".
const YEAR_AFTER = /^,?\s+(next|last|this)\s+year\b/i;

/** The candidate in the year told right after it, its words taking that year in. */
export function withYearToldAfter(candidate: Candidate, sentence: string, reference: CalendarDay): Candidate {
  if (candidate.precision === 'year' || candidate.endDate || /\b\d{4}\b/.test(candidate.text)) return candidate;
  const told = YEAR_AFTER.exec(sentence.slice(candidate.index + candidate.length));
  if (!told) return candidate;
  const which = told[1]!.toLowerCase();
  const year = reference.year + (which === 'next' ? 1 : which === 'last' ? -1 : 0);
  const text = sentence.slice(candidate.index, candidate.index + candidate.length + told[0].length);
  return { ...candidate, date: `${formatYear(year)}${candidate.date.slice(4)}`, text, length: text.length };
}

// A sentence whose subject is a happening of a year told from this one: "Next year's fair will run from 16 to 18 July",
// "Last year's race was run on 3 May".
const YEARS_HAPPENING = /^\s*(?:the\s+)?(next|last|this)\s+year['’]s\s+[^,;:—]*$/i;
// A deed already done to it ("Next year's budget was approved on 3 March"): done by the publication, so not in a year
// still to come, whatever year its subject is of.
const DONE_TO_IT = /\b(?:was|were|had|(?:has|have)\s+been)\b/i;

/**
 * A day or month naming its month but no year, in the year of the happening its clause is about (as it opens the
 * sentence). A day counted from the page ("on Monday", "yesterday", "last week") stays in the page's week.
 */
export function withYearOfSubject(candidate: Candidate, sentence: string, reference: CalendarDay): Candidate {
  if (candidate.precision === 'year' || /\b\d{4}\b/.test(candidate.text) || !MONTH_NAME.test(candidate.text)) {
    return candidate;
  }
  const told = YEARS_HAPPENING.exec(sentence.slice(0, candidate.index));
  if (!told) return candidate;
  const which = told[1]!.toLowerCase();
  if (which === 'next' && DONE_TO_IT.test(told[0])) return candidate;
  const shift =
    reference.year + (which === 'next' ? 1 : which === 'last' ? -1 : 0) - Number(candidate.date.slice(0, 4));
  const moved = (date: string) => `${formatYear(Number(date.slice(0, 4)) + shift)}${date.slice(4)}`;
  return {
    ...candidate,
    date: moved(candidate.date),
    ...(candidate.endDate ? { endDate: moved(candidate.endDate) } : {}),
  };
}

/** The day, month or year `count` units (days, weeks, fortnights, months or years) from `reference`. */
export function shiftedCandidate(
  reference: CalendarDay,
  count: number,
  unit: string,
  text: string,
  index: number,
): Candidate {
  if (unit === 'day' || unit === 'week' || unit === 'fortnight') {
    return dayCandidate(addDays(reference, count * ({ day: 1, week: 7, fortnight: 14 }[unit] ?? 1)), text, index);
  }
  if (unit === 'month') {
    const { year, month } = addMonths(reference.year, reference.month, count);
    return monthCandidate(year, month, text, index);
  }
  return yearCandidate(reference.year + count, text, index);
}
