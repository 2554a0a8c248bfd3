import search from 'approx-string-match';
import type { TextAnchor } from '../../contract/index.ts';

/** Context kept either side of a quote, as Hypothesis does: enough to tell repeated phrases apart. */
export const CONTEXT_CHARS = 32;

/** The W3C selectors of text[start, end): the quote with its context, and its offsets. */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new Error(`the range ${start}–${end} is not inside a text of ${text.length} characters`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, Math.min(text.length, end + CONTEXT_CHARS)),
    start,
    end,
  };
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/**
 * Where an annotation's words are in a (possibly changed) text: the stored position when the quote
 * is still there, else the quote found elsewhere, else a close enough match scored with its context.
 * Null when the words are gone: the caller keeps the annotation as orphaned.
 */
export function anchorInText(
  text: string,
  anchor: TextAnchor,
): { start: number; end: number; method: AnchorMethod } | null {
  if (text.slice(anchor.start, anchor.end) === anchor.exact)
    return { start: anchor.start, end: anchor.end, method: 'position' };
  const exact = findExact(text, anchor.exact, anchor);
  if (exact) return { ...exact, method: 'quote' };
  const fuzzy = findFuzzy(text, anchor);
  return fuzzy ? { ...fuzzy, method: 'fuzzy' } : null;
}

/**
 * The words of a quote typed or pasted by a person (the CLI, an importer): found exactly, else with
 * differences of spacing, quote marks and dashes forgiven. Offsets are always into the real text.
 */
export function findQuote(
  text: string,
  quote: string,
  hint: { prefix?: string; suffix?: string; near?: number } = {},
): { start: number; end: number } | null {
  const exact = findExact(text, quote, hint);
  if (exact) return exact;
  const folded = foldWithMap(text);
  const target = fold(quote).trim();
  if (!target) return null;
  const candidates: number[] = [];
  for (let at = folded.text.indexOf(target); at !== -1; at = folded.text.indexOf(target, at + 1)) candidates.push(at);
  if (candidates.length === 0) return null;
  const spans = candidates.map((at) => ({
    start: folded.map[at]!,
    end: folded.map[at + target.length - 1]! + 1,
  }));
  return best(text, spans, hint);
}

function findExact(
  text: string,
  quote: string,
  hint: { prefix?: string; suffix?: string; near?: number; start?: number },
): { start: number; end: number } | null {
  if (!quote) return null;
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    spans.push({ start: at, end: at + quote.length });
  }
  if (spans.length === 0) return null;
  return best(text, spans, { ...hint, near: hint.near ?? hint.start });
}

/** Among places a quote occurs, the one whose surroundings match best, then the nearest. */
function best(
  text: string,
  spans: { start: number; end: number }[],
  hint: { prefix?: string; suffix?: string; near?: number },
): { start: number; end: number } {
  if (spans.length === 1) return spans[0]!;
  let winner = spans[0]!;
  let winnerScore = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    const score =
      contextScore(text, span, hint.prefix ?? '', hint.suffix ?? '') * 10 - closeness(span.start, hint.near);
    if (score > winnerScore) {
      winner = span;
      winnerScore = score;
    }
  }
  return winner;
}

/** 0–2: how much of the stored prefix and suffix still surround a span. */
function contextScore(text: string, span: { start: number; end: number }, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, span.start - prefix.length), span.start);
  const after = text.slice(span.end, span.end + suffix.length);
  return similarity(before, prefix, 'end') + similarity(after, suffix, 'start');
}

function closeness(start: number, near: number | undefined): number {
  return near === undefined ? 0 : Math.abs(start - near) / 1_000_000;
}

/** 1 when equal; the share of characters that agree from the anchored end otherwise. */
function similarity(actual: string, expected: string, anchored: 'start' | 'end'): number {
  if (!expected) return 1;
  const a = anchored === 'end' ? [...actual].reverse().join('') : actual;
  const e = anchored === 'end' ? [...expected].reverse().join('') : expected;
  let same = 0;
  while (same < Math.min(a.length, e.length) && a[same] === e[same]) same++;
  if (same === e.length) return 1;
  // Beyond the common run, allow edits: approximate matching of the rest.
  const errors = editDistanceBound(a.slice(0, e.length), e);
  return Math.max(same / e.length, 1 - errors / e.length);
}

function editDistanceBound(a: string, b: string): number {
  const matches = search(a, b, b.length);
  return matches.length > 0 ? Math.min(...matches.map((match) => match.errors)) : b.length;
}

/** Long quotes are matched by their ends, which the bit-parallel matcher handles quickly. */
const END_CHARS = 64;
const MIN_SCORE = 0.5;

function findFuzzy(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  const quote = anchor.exact;
  if (quote.trim().length < 4) return null;
  if (quote.length > END_CHARS * 4) return findLongFuzzy(text, anchor);
  const maxErrors = Math.min(32, Math.floor(quote.length / 4));
  const matches = search(text, quote, maxErrors);
  let winner: { start: number; end: number } | null = null;
  let winnerScore = MIN_SCORE;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / quote.length;
    const context = contextScore(text, match, anchor.prefix, anchor.suffix) / 2;
    const position = 1 - Math.min(1, Math.abs(match.start - anchor.start) / Math.max(text.length, 1));
    // Hypothesis weighs the quote most, then its context, then where it used to be.
    const score = (50 * quoteScore + 20 * context + 2 * position) / 72;
    if (quoteScore >= 0.75 && score > winnerScore) {
      winner = { start: match.start, end: match.end };
      winnerScore = score;
    }
  }
  return winner;
}

function findLongFuzzy(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  const head = anchor.exact.slice(0, END_CHARS);
  const tail = anchor.exact.slice(-END_CHARS);
  const heads = search(text, head, 12);
  const tails = search(text, tail, 12);
  let winner: { start: number; end: number } | null = null;
  let winnerGap = Number.POSITIVE_INFINITY;
  for (const h of heads) {
    for (const t of tails) {
      if (t.end <= h.start) continue;
      const length = t.end - h.start;
      // The span between the ends must be about as long as the quote was.
      const gap = Math.abs(length - anchor.exact.length);
      if (gap <= anchor.exact.length * 0.25 && gap < winnerGap) {
        winner = { start: h.start, end: t.end };
        winnerGap = gap;
      }
    }
  }
  return winner;
}

/** Typographic variants and runs of space reduced to one form, for matching what people type. */
function fold(value: string): string {
  return value
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0]+/g, ' ')
    .toLowerCase();
}

/** The folded text and, for each of its characters, the offset of the original character. */
function foldWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = fold(text[i]!);
    if (folded === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    for (const char of folded) {
      out += char;
      map.push(i);
    }
  }
  return { text: out, map };
}
