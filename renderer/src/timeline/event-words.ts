import type { TimelineSource } from '../../../electron/contract/timeline.ts';

/** An event's words as a card shows them: the words that gave its date apart, and whether either end was cut. */
export interface EventWordParts {
  before: string;
  /** The words that gave the date, when known. */
  date?: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * A sentence longer than this is shown in part on its card: a run-on page of thousands of characters would
 * otherwise fill the timeline with one event (the longest in the timeline's gold set is about 300).
 */
export const LONGEST_SHOWN = 420;

// Of the characters shown beside the date's words, the share that comes before them: the words leading to a date
// say what happened at it more often than those after.
const SHARE_BEFORE = 0.6;

/** Splits the event's words around those that gave its date (they end the event's words, with its sentence). */
export function eventWordParts(
  text: string,
  source: TimelineSource,
  longest = Number.POSITIVE_INFINITY,
): EventWordParts {
  const span = dateSpan(text, source);
  if (text.length <= longest) {
    return span
      ? {
          before: text.slice(0, span.from),
          date: text.slice(span.from, span.to),
          after: text.slice(span.to),
          cutBefore: false,
          cutAfter: false,
        }
      : { before: text, after: '', cutBefore: false, cutAfter: false };
  }
  const { from, to } = span ?? { from: 0, to: 0 };
  const room = Math.max(0, longest - (to - from));
  let start = Math.max(0, from - Math.round(room * SHARE_BEFORE));
  let end = Math.min(text.length, to + (room - (from - start)));
  start = Math.max(0, Math.min(start, end - longest));
  // Cut between words, never inside one.
  if (start > 0) start = wordStartFrom(text, start, from);
  if (end < text.length) end = wordEndUntil(text, end, to);
  const cutBefore = start > 0;
  const cutAfter = end < text.length;
  if (!span) return { before: text.slice(start, end).trim(), after: '', cutBefore, cutAfter };
  return {
    before: text.slice(start, from).trimStart(),
    date: text.slice(from, to),
    after: text.slice(to, end).trimEnd(),
    cutBefore,
    cutAfter,
  };
}

function dateSpan(text: string, source: TimelineSource): { from: number; to: number } | undefined {
  const { start, end, dateStart, dateEnd } = source;
  if (dateStart === undefined || dateEnd === undefined || dateStart < start || dateEnd > end) return undefined;
  const from = text.length - (end - start) + (dateStart - start);
  const to = from + (dateEnd - dateStart);
  return from < 0 || to > text.length ? undefined : { from, to };
}

// How far a cut looks for a space before cutting inside a word: text with no spaces (Chinese, a long web address) is
// cut between characters rather than shown empty.
const LONGEST_WORD = 40;

/** The first word starting at or after `at`, not past `limit` (the date's words are never cut). */
function wordStartFrom(text: string, at: number, limit: number): number {
  for (let i = at; i < limit && i <= at + LONGEST_WORD; i++)
    if (/\s/.test(text[i - 1]!) && !/\s/.test(text[i]!)) return i;
  return at < limit && isLowSurrogate(text, at) ? at + 1 : Math.min(at, limit);
}

/** The end of the last word ending at or before `at`, not before `limit`. */
function wordEndUntil(text: string, at: number, limit: number): number {
  for (let i = at; i > limit && i >= at - LONGEST_WORD; i--)
    if (/\s/.test(text[i]!) && !/\s/.test(text[i - 1]!)) return i;
  return at > limit && isLowSurrogate(text, at) ? at - 1 : Math.max(at, limit);
}

/** Whether `at` falls between the two halves of one character (an emoji), where no cut may fall. */
function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}
