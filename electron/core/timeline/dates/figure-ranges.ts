// Two days in figures joined as the ends of one span: "from 3/16 to 3/18", "is 4/11 to 4/15", "between 2/5 and 9/5".
// One span is one event, and its ends are read together: both the same way round, the end no earlier than the start,
// and the clause's tense bears on the span as a whole ("will be held from 3/16 to 3/18", told on the 17th, began the
// day before, and lasts into the days ahead), not on each end alone.
import { type CalendarDay, formatDay } from './calendar.ts';
import { type Candidate, rangeOfDays } from './candidates.ts';
import { clauseStart, daysBetween, NEAR_DAYS, NEAR_DAYS_TOLD_SIDE } from './figure-dates.ts';
import type { FigureOrder } from './figure-order.ts';
import { looksBack, looksForward, requestedAhead } from './tense.ts';

// The first end after a word that makes it a day (as in figure-dates.ts), the second after a word joining the two;
// "and" joins only after "between". Not fractions ("3/4 to 7/8 of an inch").
const FIGURE_SPAN =
  /\b(from|between|on|is|are|was|were|runs?|ran|for|of)\s+(\d{1,2})\/(\d{1,2})\s*(to|through|thru|until|till|and|-|–)\s*(\d{1,2})\/(\d{1,2})(?![\d/])(?!\s+(?:of|an?|inch|inches|majority|share)\b)/gi;
// A span longer than this is more likely two days told apart.
const LONGEST_SPAN = 92;

/** Spans of days in figures, each read the one way that puts it nearest the reference on the side its tense allows. */
export function figureRanges(sentence: string, reference: CalendarDay, order: FigureOrder | null = null): Candidate[] {
  const out: Candidate[] = [];
  for (const match of sentence.matchAll(FIGURE_SPAN)) {
    const lead = match[1]!.toLowerCase();
    if ((match[4]!.toLowerCase() === 'and') !== (lead === 'between')) continue;
    const [a, b, c, d] = [match[2], match[3], match[5], match[6]].map(Number) as [number, number, number, number];
    const at = match.index + match[0].indexOf(match[2]!, lead.length);
    const text = sentence.slice(at, match.index + match[0].length);
    const from = clauseStart(sentence, at);
    const clause = sentence.slice(from);
    const ahead = looksForward(clause, at - from) || requestedAhead(clause, at - from);
    const side = ahead ? 1 : looksBack(clause, at - from) ? -1 : 0;
    const orders = [
      ...(order === 'month-first' ? [] : [[b, a, d, c]]),
      ...(order === 'day-first' ? [] : [[a, b, c, d]]),
    ] as [number, number, number, number][];
    const readings = orders
      .flatMap(([m1, d1, m2, d2]) => spansOf(m1, d1, m2, d2, reference))
      .filter(({ start, end }) => side === 0 || (side > 0 ? end >= 0 : start <= 0))
      .map((span) => ({ ...span, distance: span.start > 0 ? span.start : span.end < 0 ? -span.end : 0 }))
      .sort((x, y) => x.distance - y.distance);
    const nearest = readings[0];
    if (!nearest || nearest.distance > (side === 0 ? NEAR_DAYS : NEAR_DAYS_TOLD_SIDE)) continue;
    out.push(rangeOfDays(nearest.first, nearest.last, text, at));
  }
  return out;
}

interface Span {
  first: CalendarDay;
  last: CalendarDay;
  /** Days from the reference to each end (negative before it). */
  start: number;
  end: number;
}

/** The spans from month/day to month/day ending in the year before, of or after the reference. */
function spansOf(m1: number, d1: number, m2: number, d2: number, reference: CalendarDay): Span[] {
  const out: Span[] = [];
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const last = { year, month: m2, day: d2 };
    const first = { year: m1 > m2 || (m1 === m2 && d1 > d2) ? year - 1 : year, month: m1, day: d1 };
    if (!isDay(first) || !isDay(last)) continue;
    const length = daysBetween(first, last);
    if (length <= 0 || length > LONGEST_SPAN) continue;
    out.push({ first, last, start: daysBetween(reference, first), end: daysBetween(reference, last) });
  }
  return out;
}

function isDay(day: CalendarDay): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return false;
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return (
    formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }) === formatDay(day)
  );
}
