// One article may tell a happening in two sentences whose own words share little: its main sentence and a detail
// told after it with no action of its own ("Fenmore went into administration on Thursday", "its papers reached the
// High Court at 9.15am"). Another outlet's report telling that very action with the detail's clock time or number
// ("lodged papers at the High Court at 9.15am on Thursday") witnesses that the two sentences tell one happening.
// A second deed told plainly ("its chief executive resigned at 9.15am") has an action of its own and stays apart, as
// does a detail whose hour or figure the other outlet does not give.
import type { MergeItem } from './likeness-features.ts';
import { sameClockTime, sharesNumber } from './merge-evidence.ts';
import { CLEAR_ACTION, tellSameAction } from './same-action.ts';

/** How alike two of the reports are on the likeness scale (the reports are given by their place). */
type Score = (i: number, j: number) => number;

/**
 * `x` and `y` are two reports of one article, not alike enough to be one happening by their own words; `group` the
 * reports of the two groups being joined. True when nothing sets the two apart whatever else they share, one of them
 * is a detail told after the lede with no action at its date, and some report of another article in `group` is alike
 * enough to each (`linked` and above), tells the very action of the other and shares the detail's clock time or a
 * distinctive number.
 */
export function witnessedAsOne(
  reports: readonly MergeItem[],
  score: Score,
  linked: number,
  x: number,
  y: number,
  group: readonly number[],
): boolean {
  const [a, b] = [reports[x]!, reports[y]!];
  if (a.articleId !== b.articleId || score(x, y) <= -1) return false;
  const detail = (item: MergeItem) => item.report.primaryWeight < CLEAR_ACTION && !item.lede;
  const witnesses = (detailAt: number, deedAt: number) =>
    group.some((z) => {
      const [d, deed, other] = [reports[detailAt]!, reports[deedAt]!, reports[z]!];
      return (
        other.articleId !== d.articleId &&
        score(detailAt, z) >= linked &&
        score(deedAt, z) >= linked &&
        tellSameAction(other.report, deed.report, true) &&
        (sameClockTime(other.evidence, d.evidence) || sharesNumber(other.evidence, d.evidence))
      );
    });
  return (detail(a) && witnesses(x, y)) || (detail(b) && witnesses(y, x));
}
