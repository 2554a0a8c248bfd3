// Settles what the date rules found in one sentence: one time is one date, however many rules or words name it.
import type { Candidate } from './candidates.ts';
import { joinsRange, opensRange } from './range-words.ts';

interface Span {
  start: number;
  end: number;
}

// A loose period told beside an exact date of the same time ("last week's rain, … from May 3 to 5") gives way to it.
const LOOSE_REACH = 60;

/**
 * Keeps, left to right, one date per time the sentence names: rules are tried in order and the first to claim some
 * words keeps them; two days that open and close a range become the range; a loose period overlapping an exact date
 * close by is dropped.
 */
export function settleDates(sentence: string, byRule: readonly Candidate[][], excluded: readonly Span[]): Candidate[] {
  const accepted: Candidate[] = [];
  for (const candidates of byRule) {
    for (const candidate of candidates) {
      const end = candidate.index + candidate.length;
      if (excluded.some((c) => candidate.index < c.end && c.start < end)) continue;
      if (accepted.some((a) => candidate.index < a.index + a.length && a.index < end)) continue;
      accepted.push(candidate);
    }
  }
  const ordered = joinRanges(
    sentence,
    accepted.sort((a, b) => a.index - b.index),
  );
  return ordered.filter(
    (candidate) => !candidate.loose || !ordered.some((other) => namesSameTime(candidate, other, sentence)),
  );
}

function joinRanges(sentence: string, ordered: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of ordered) {
    const previous = out.at(-1);
    if (
      previous &&
      previous.precision === candidate.precision &&
      previous.precision !== 'year' &&
      !previous.endDate &&
      !candidate.endDate &&
      previous.date < candidate.date &&
      // The opening and joining words may belong to the dates' own words ("from March", "to May").
      // Words that open a range ("from Monday, May 12, to Wednesday, May 14"; "from March to May") and join its ends.
      opensRange(sentence.slice(0, previous.index) + leading(previous.text, /^(?:from|between)\s+/i)) &&
      joinsRange(
        sentence.slice(previous.index + previous.length, candidate.index) +
          leading(candidate.text, /^(?:to|until|till|through|and)\s+/i),
      )
    ) {
      const length = candidate.index + candidate.length - previous.index;
      out[out.length - 1] = {
        ...previous,
        endDate: candidate.date,
        text: sentence.slice(previous.index, previous.index + length),
        length,
      };
      continue;
    }
    out.push(candidate);
  }
  return out;
}

function leading(text: string, words: RegExp): string {
  return words.exec(text)?.[0] ?? '';
}

const FINENESS = { year: 0, month: 1, day: 2 };

// A day told as when something was said ("Bills will rise this year, the regulator said on Thursday"): the saying's
// time, not the exact form of the period the words said tell of.
const SAID_ON = /\b(?:said|says|announced|confirmed|told\s+(?:\S+\s+){0,2})\s*(?:on\s+)?$/i;

function namesSameTime(loose: Candidate, other: Candidate, sentence: string): boolean {
  if (other === loose || other.loose || FINENESS[other.precision] < FINENESS[loose.precision]) return false;
  if (other.index > loose.index && SAID_ON.test(sentence.slice(0, other.index))) return false;
  const gap = Math.max(other.index - (loose.index + loose.length), loose.index - (other.index + other.length));
  if (gap > LOOSE_REACH) return false;
  return (
    firstDay(other.date) <= lastDay(loose.endDate ?? loose.date) &&
    lastDay(other.endDate ?? other.date) >= firstDay(loose.date)
  );
}

/** The first and last day a date of any precision covers, as comparable strings. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}
