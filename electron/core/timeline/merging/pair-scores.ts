// The likeness of each pair of reports of one date, weighed when merging first reads it, and once for each kind of
// pair: reports alike in all that likeness reads (merge-item-signature.ts), whatever their article, its publication
// hour or where in it they stand. A long-running story repeats itself: outlets reprint one agency's sentences, and
// every later article tells its main happening's date in words an earlier one used; weighing such a pair again can
// only give the same score, so it is read from the first (a date with hundreds of reports has hundreds of thousands of
// pairs, and a weighing takes tens of microseconds).
import type { MergeItem } from './likeness-features.ts';
import { mergeItemSignature } from './merge-item-signature.ts';

export interface PairScore {
  score: number;
  apart: number;
}

/** How many pairs have been weighed in this process (not read from an alike pair): for tests. */
export const pairsWeighed = { count: 0 };

/** Weighs pairs of `reports` by `scorer` when first asked, and once for each kind of pair. */
export class PairScores {
  private readonly scores: (PairScore | undefined)[][];
  private readonly kinds: number[];
  private readonly byKinds = new Map<number, PairScore>();

  constructor(
    private readonly reports: readonly MergeItem[],
    private readonly scorer: (a: MergeItem, b: MergeItem) => PairScore,
  ) {
    this.scores = reports.map(() => new Array<PairScore | undefined>(reports.length));
    // Made once every report is made (merge-events.ts marks first hours once every report of an article is made).
    const kindOf = new Map<string, number>();
    this.kinds = reports.map((report, i) => {
      const signature = mergeItemSignature(report);
      // Past every kind a signature could give (there are no more kinds than reports).
      if (signature === undefined) return reports.length + i;
      const known = kindOf.get(signature);
      if (known !== undefined) return known;
      kindOf.set(signature, kindOf.size);
      return kindOf.size - 1;
    });
  }

  pair(i: number, j: number): PairScore {
    const row = this.scores[i]!;
    const known = row[j];
    if (known) return known;
    const [a, b] = [this.reports[i]!, this.reports[j]!];
    // A number, not a string: read for every pair of a date's hundreds of reports. Kinds are below twice the reports.
    const kinds = 2 * this.reports.length;
    const key = (this.kinds[i]! * kinds + this.kinds[j]!) * 2 + (a.articleId === b.articleId ? 1 : 0);
    let found = this.byKinds.get(key);
    if (!found) {
      pairsWeighed.count++;
      found = this.scorer(a, b);
      this.byKinds.set(key, found);
    }
    row[j] = found;
    return found;
  }

  score(i: number, j: number): number {
    return this.pair(i, j).score;
  }
}
