// A sentence dated only "ten minutes later" or "moments later" goes on telling the happening of the sentence before
// it ("The tank failed at 11:40 p.m." … "About ten minutes later, staff saw the solvent pouring into a drain"): its
// own words rarely share much with that telling, and none with the article's lede, yet it is one happening with them,
// unless it tells a deed of its own ("Ten minutes later the car ground to a halt").
import type { MergeItem } from './likeness-features.ts';

// A count of minutes, seconds or moments on from what was just told; not hours or days, which tell another moment.
const MOMENTS_LATER =
  /\b(?:(?:a\s+)?(?:few|couple\s+of|\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s+(?:minutes?|seconds?|moments?)|moments?|seconds?)\s+(?:later|afterwards?)\b/i;

/** The report's date is only a few minutes or moments after what its article told just before. */
export function toldMomentsLater(item: MergeItem): boolean {
  const { event } = item;
  if (event.dateStart === undefined || event.dateEnd === undefined) return false;
  return MOMENTS_LATER.test(item.sentence.slice(event.dateStart - event.start, event.dateEnd - event.start));
}

/**
 * For each report told moments later with no clear deed of its own (what was seen, where something was), the report of the same date its article told just before it: the happening it
 * goes on telling. Reports are one date's, in any order.
 */
export function momentsLaterAnchors(reports: readonly MergeItem[]): { later: number; anchor: number }[] {
  const pairs: { later: number; anchor: number }[] = [];
  reports.forEach((item, later) => {
    // "Ten minutes later the car ground to a halt" tells a deed of its own: a new happening, not the one before.
    if (!toldMomentsLater(item) || item.report.clear.size > 0) return;
    let anchor = -1;
    reports.forEach((other, at) => {
      if (other.articleId !== item.articleId || other.event.start >= item.event.start) return;
      if (anchor < 0 || other.event.start > reports[anchor]!.event.start) anchor = at;
    });
    if (anchor >= 0) pairs.push({ later, anchor });
  });
  return pairs;
}
