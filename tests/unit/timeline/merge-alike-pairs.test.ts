// A long-running story repeats itself: outlets reprint an agency's sentences, and later articles tell the main
// happening's date in words an earlier one used. Merging weighs a pair of such reports once, not once for each
// article that reprints them, and merges as if it weighed every pair. Written for this test; the outlets publish on
// Wednesday 14 October 2026 (outlets.ts).
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { type MergedEvent, mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { pairsWeighed } from '../../../electron/core/timeline/merging/pair-scores.ts';
import { reference } from './outlets.ts';

const AGENCY =
  'The harbour board voted on Tuesday to sell the old grain silo to a housing developer.\n\n' +
  'Dockers walked out on Tuesday afternoon in protest at the sale.';
const OWN = [
  'Councillor Mara Voss said on Tuesday that the board had ignored the tenants.',
  'A ferry ran aground near the breakwater on Tuesday, delaying crossings by an hour.',
];

/** Each outlet reprints the agency's copy; some add a sentence of their own. */
function outlets(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i < OWN.length ? `${AGENCY}\n\n${OWN[i]}` : AGENCY));
}

function merged(articles: string[]): { entries: MergedEvent[]; weighed: number } {
  const before = pairsWeighed.count;
  const entries = mergeEvents(
    articles.map((text, i) => ({
      articleId: `outlet-${i + 1}`,
      events: extractEvents(text, reference),
      publishedAt: reference.publishedAt,
    })),
  );
  return { entries, weighed: pairsWeighed.count - before };
}

/** Each entry as its words and the articles telling it. */
function told(entries: MergedEvent[]): string[] {
  return entries.map((entry) => `${entry.text} ← ${entry.sources.map((source) => source.articleId).join(' ')}`);
}

describe('reports worded alike in many articles', () => {
  it('are weighed once for each kind of pair, however many articles reprint them', () => {
    const few = merged(outlets(4));
    const many = merged(outlets(24));
    // Two reprinted reports and two of the outlets' own: the pairs among 24 articles are those among 4.
    expect(many.weighed).toBe(few.weighed);
    const reports = many.entries.reduce((sum, entry) => sum + entry.sources.length, 0);
    expect(many.weighed).toBeLessThan(reports * 2);
  });

  it('merge as when each pair is weighed: the vote and the walkout are one entry each, with every outlet', () => {
    const { entries } = merged(outlets(12));
    const outletsOf = (words: RegExp) => entries.find((entry) => words.test(entry.text))?.sources.length;
    expect(outletsOf(/voted on Tuesday/)).toBe(12);
    expect(outletsOf(/walked out/)).toBe(12);
    expect(told(entries).filter((line) => /ferry/.test(line))).toEqual([
      expect.stringMatching(/ferry ran aground.* ← outlet-2$/),
    ]);
  });
});
