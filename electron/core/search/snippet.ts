const SNIPPET_CHARS = 180;
/** What tokenize counts as part of a word: a term is marked only where it stands as a whole word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Where `term` occurs in `lower` as whole words (not inside a longer word: "old" is not in "told"). */
function wholeWordsAt(lower: string, term: string, limit = Number.POSITIVE_INFINITY): number[] {
  const found: number[] = [];
  for (let at = lower.indexOf(term); at !== -1 && found.length < limit; at = lower.indexOf(term, at + 1)) {
    const before = at > 0 && WORD_CHAR.test(lower[at - 1]!);
    const after = at + term.length < lower.length && WORD_CHAR.test(lower[at + term.length]!);
    if (!before && !after) found.push(at);
  }
  return found;
}

/**
 * A passage around the first match, cut at word boundaries, with every matched word located. The terms
 * are whole words of the article (a prefix or near spelling already resolved to the word it matched),
 * and phrases; each is marked where it stands as whole words, never as a piece of a longer word.
 */
export function makeSnippet(text: string, terms: string[]): { snippet: string; ranges: [number, number][] } {
  const lower = text.toLowerCase();
  const wanted = [...new Set(terms.map((term) => term.toLowerCase()).filter(Boolean))];
  // The passage where the most of the searched words come together, earliest on a tie.
  const occurrences: number[] = [];
  for (const term of wanted) occurrences.push(...wholeWordsAt(lower, term, 50));
  occurrences.sort((a, b) => a - b);
  let first = -1;
  let bestCount = 0;
  for (const at of occurrences) {
    const window = lower.slice(Math.max(0, at - 60), at + SNIPPET_CHARS - 60);
    const count = wanted.filter((term) => wholeWordsAt(window, term, 1).length > 0).length;
    if (count > bestCount) {
      bestCount = count;
      first = at;
    }
  }
  let start = first === -1 ? 0 : Math.max(0, first - 60);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const snippet = `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
  const ranges: [number, number][] = [];
  const snippetLower = snippet.toLowerCase();
  for (const term of wanted) {
    for (const at of wholeWordsAt(snippetLower, term)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return { snippet, ranges: mergeRanges(ranges) };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
