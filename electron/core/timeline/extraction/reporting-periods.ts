// Periods companies report on: "the three months to September", "the six months ended June 30" (or "to 30 June"), "the fiscal year
// ending June 2037", "the year to March". A period runs back from its last month, so it is a range of months, not the
// month named; with no year, the last month is the latest one on or before the reference, as results tell a period
// gone by, unless the sentence looks ahead ("expects … in the three months to December", "sales in the six months to
// June would be lower").
import { addMonths, type CalendarDay, formatMonth, monthYear } from '../dates/calendar.ts';
import type { Candidate, DateMention } from '../dates/candidates.ts';
import { FULL_MONTH, monthNumber } from '../dates/months.ts';
import type { DatedSentence, FoundDate } from './told-events.ts';

const SPAN_MONTHS: Readonly<Record<string, number>> = { three: 3, six: 6, nine: 9, twelve: 12 };
const PERIOD = new RegExp(
  `\\bthe\\s+(?:(?:first|second|third|fourth|final|latest|last)\\s+)?((?:three|six|nine|twelve|3|6|9|12)[\\s-]+months?|quarter|half(?:[\\s-]+year)?|(?:(?:fiscal|financial|business|trading)\\s+)?year)\\s+(?:to|ended|ending|through|that\\s+ended)\\s+(?:(?:the\\s+)?end[\\s-]+(?:of\\s+)?)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${FULL_MONTH})\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
  'gi',
);
// The words of a period found above, told apart from a plain range of months ("from July to September").
const PERIOD_WORDS = /\b(?:months?|quarter|half(?:[\s-]+year)?|year)\s+(?:to|ended|ending|through|that\s+ended)\s/i;
// A quarter or half named as such ("the first quarter of 2031", "the second half of 2030").
const NAMED_PERIOD = /\b(?:quarter|half)\b/i;
const AHEAD = /\b(?:expects?|expected|forecasts?|will|sees|outlook|guidance|predicts?)\b/i;
// The period as the subject of what is to come: "completions in the six months to June would be lower"; not its
// figures still to be published ("results for the six months to September will be published"), which follow its end.
const AHEAD_AFTER =
  /^[^,;.]{0,12}?\s+(?:would|will|(?:is|are)\s+(?:expected|forecast|set|likely)\s+to)\b(?!\s+be\s+(?:published|released|reported|announced|issued|posted|unveiled|presented|out)\b)/i;

function spanOf(words: string): number {
  const lower = words.toLowerCase();
  if (lower.startsWith('quarter')) return 3;
  if (lower.startsWith('half')) return 6;
  if (lower.endsWith('year')) return 12;
  const count = /^(\w+)/.exec(lower)![1]!;
  return SPAN_MONTHS[count] ?? Number(count);
}

/** Each reporting period the sentence names, as the range of months it covers. */
export function reportingPeriods(sentence: string, reference: CalendarDay): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(PERIOD)) {
    const month = monthNumber(match[2]!);
    const told = match[3] ? Number(match[3]) : null;
    const ahead =
      AHEAD.test(sentence.slice(0, match.index)) || AHEAD_AFTER.test(sentence.slice(match.index + match[0].length));
    const year = told ?? monthYear(month, reference, ahead);
    const first = addMonths(year, month, 1 - spanOf(match[1]!));
    const text = match[0].replace(/^the\s+/i, '');
    out.push({
      date: formatMonth(first.year, first.month),
      endDate: formatMonth(year, month),
      precision: 'month',
      text,
      index: match.index + match[0].length - text.length,
      length: text.length,
    });
  }
  return out;
}

// "in the period", "during the quarter", "over the half": the period the article reports on, told before.
const SAME_PERIOD =
  /\b(?:in|during|over|for|across)\s+the\s+(period|quarter|half(?:[\s-]+year)?)\b(?!\s+(?:to|ended|ending|before|after|a\s+year|last\s+year))/i;

/** Where a sentence refers back to the period told before it ("completed 2,140 homes in the period"). */
export function periodReferredTo(sentence: string): { index: number; text: string } | null {
  const match = SAME_PERIOD.exec(sentence);
  if (!match) return null;
  const text = match[0].slice(match[0].toLowerCase().indexOf('the'));
  return { index: match.index + match[0].length - text.length, text };
}

/** The sentence's dates with each reporting period in place of the month words inside it ("to September"). */
export function withReportingPeriods<T extends DateMention>(
  sentence: string,
  found: readonly T[],
  reference: CalendarDay,
): (T | Candidate)[] {
  const periods = reportingPeriods(sentence, reference);
  if (periods.length === 0) return [...found];
  const outside = found.filter(
    (d) => !periods.some((p) => d.index < p.index + p.length && p.index < d.index + d.text.length),
  );
  return [...outside, ...periods].sort((a, b) => a.index - b.index);
}

/** Sentences that refer back to the period told before them take its dates ("The group completed 2,140 homes in the period"). */
export function dateSamePeriod(sentences: readonly DatedSentence[]): void {
  let last: FoundDate | null = null;
  for (const item of sentences) {
    // The nearest period told is the one meant: a quarter or half told since ("In the first quarter of 2031, …") too.
    const told = item.dates.find(
      (d) => d.precision === 'month' && d.endDate && (PERIOD_WORDS.test(d.text) || NAMED_PERIOD.test(d.text)),
    );
    if (told) {
      last = told;
      continue;
    }
    const refers = last && periodReferredTo(item.sentence.text);
    if (!last || !refers || item.dates.some((d) => d.index <= refers.index && refers.index < d.index + d.length))
      continue;
    // "over the half" after "the three months to March" names another period, not the one told.
    const named = /^the\s+(quarter|half)/i.exec(refers.text)?.[1]?.toLowerCase();
    if (named && monthsOf(last) !== (named === 'quarter' ? 3 : 6)) continue;
    item.dates = [...item.dates, { ...last, ...refers, length: refers.text.length }].sort((a, b) => a.index - b.index);
  }
}

/** How many months a period's range covers ("2031-01" to "2031-03": 3). */
function monthsOf(period: FoundDate): number {
  const [fromYear, fromMonth] = period.date.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = (period.endDate ?? period.date).split('-').map(Number) as [number, number];
  return (toYear - fromYear) * 12 + toMonth - fromMonth + 1;
}
