// Scores for the development set: F1 over 4-token shingles of the body, must/must-not snippets, metadata.
import type { Expected } from './load.ts';

/** What an extractor gave for one page; null fields it does not know. text null: it refused the page. */
export interface Output {
  text: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  leadImage: string | null;
  lang: string | null;
}

// Scripts written without spaces (Chinese, Japanese) count each character as a token.
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;

export function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** The multiset of 4-token shingles (a text shorter than 4 tokens is one shingle). */
function shingles(text: string, size = 4): Map<string, number> {
  const words = tokens(text);
  const bag = new Map<string, number>();
  const last = Math.max(0, words.length - size);
  if (words.length === 0) return bag;
  for (let i = 0; i <= last; i++) {
    const key = words.slice(i, i + size).join(' ');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(hits: number, found: number, wanted: number): Prf {
  const precision = found === 0 ? (wanted === 0 ? 1 : 0) : hits / found;
  const recall = wanted === 0 ? 1 : hits / wanted;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Precision, recall and F1 of the extracted body's shingles against the expected body's. */
export function shingleScore(extracted: string | null, expected: string): Prf {
  const want = shingles(expected);
  const got = shingles(extracted ?? '');
  let hits = 0;
  let found = 0;
  let wanted = 0;
  for (const count of got.values()) found += count;
  for (const [key, count] of want) {
    wanted += count;
    hits += Math.min(count, got.get(key) ?? 0);
  }
  return prf(hits, found, wanted);
}

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Snippet counts as trafilatura's evaluation makes them: whitespace-normalised substring matches. */
export function snippetCounts(text: string | null, expected: Expected) {
  const haystack = spaced(text ?? '');
  const has = (snippet: string) => text !== null && haystack.includes(spaced(snippet));
  const withs = expected.with ?? [];
  const withouts = expected.without ?? [];
  const tp = withs.filter(has).length;
  const fp = withouts.filter(has).length;
  return { tp, fn: withs.length - tp, fp, tn: withouts.length - fp };
}

export function snippetScore(counts: { tp: number; fn: number; fp: number }): Prf {
  return prf(counts.tp, counts.tp + counts.fp, counts.tp + counts.fn);
}

/** Letters and digits only, lowercased: punctuation, quotes and spacing do not make a title wrong. */
const squash = (text: string) => tokens(text).join(' ');

/** A byline as a set of name words, without "by", "and" or "von". */
function nameWords(text: string): string {
  return [
    ...new Set(tokens(text).filter((w) => !['by', 'and', 'von', 'und', 'par', 'et', 'por', 'y', 'de'].includes(w))),
  ]
    .sort()
    .join(' ');
}

export type Field = 'title' | 'byline' | 'published' | 'leadImage' | 'lang';
export const FIELDS: Field[] = ['title', 'byline', 'published', 'leadImage', 'lang'];

/** Whether a field is right; undefined when the page's ground truth does not say. */
export function fieldRight(field: Field, output: Output, expected: Expected): boolean | undefined {
  const want = expected[field];
  if (want === undefined) return undefined;
  const got = output[field];
  if (!got) return false;
  switch (field) {
    case 'title':
      return squash(got) === squash(want);
    case 'byline':
      return nameWords(got) === nameWords(want);
    case 'published':
      return got.slice(0, 10) === want.slice(0, 10);
    case 'lang':
      return got.split('-')[0]!.toLowerCase() === want.split(/[-_]/)[0]!.toLowerCase();
    case 'leadImage':
      return got === want;
  }
}
