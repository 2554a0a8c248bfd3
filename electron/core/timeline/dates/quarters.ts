// Quarters of a year: "in the third quarter", "the second quarter of 2024", "Q3 2025".
import { type CalendarDay, formatMonth } from './calendar.ts';
import type { Candidate } from './candidates.ts';

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** "in the third quarter", "the second quarter of 2024", "Q3 2025": the quarter's first to last month. */
export function quarters(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  const spelled =
    /\bthe (first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (this year|last year|next year|\d{4}))?/gi;
  for (const match of sentence.matchAll(spelled)) {
    const quarter = ORDINAL_QUARTER[match[1]!.toLowerCase()]!;
    out.push(quarterCandidate(quarter, yearOf(match[2], reference), match[0], match.index));
  }
  for (const match of sentence.matchAll(/\bQ([1-4])(?:\s+(\d{4}))?\b/g)) {
    out.push(quarterCandidate(Number(match[1]), yearOf(match[2], reference), match[0], match.index));
  }
  return out;
}

function yearOf(phrase: string | undefined, reference: CalendarDay): number {
  if (!phrase) return reference.year;
  if (/^\d{4}$/.test(phrase)) return Number(phrase);
  const lower = phrase.toLowerCase();
  return reference.year + (lower.startsWith('last') ? -1 : lower.startsWith('next') ? 1 : 0);
}

function quarterCandidate(quarter: number, year: number, text: string, index: number): Candidate {
  const first = (quarter - 1) * 3 + 1;
  return {
    date: formatMonth(year, first),
    endDate: formatMonth(year, first + 2),
    precision: 'month',
    text,
    index,
    length: text.length,
  };
}
