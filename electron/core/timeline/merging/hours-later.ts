// A sentence dated "about three hours later" counts hours on from what its article told before it: another moment of
// that day ("The plane turned back at 6:10 a.m." … "The airport stopped all fueling about three hours later"), and so
// not the happening its article told earlier that day, lede or not, unless the main action of one is told in the other (a lede's
// "regulators grounded the rocket on Tuesday" and its moment, "grounded the rocket hours later"). Minutes and moments
// later go on telling the one happening (moments-later.ts).
import type { MergeItem } from './likeness-features.ts';

const COUNT = String.raw`(?:an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a\s+few|several|a\s+couple\s+of)`;
// "two hours later", "less than an hour afterwards", "hours later"; not "48 hours later" told as days, which the
// date already parts.
const HOURS_LATER = new RegExp(String.raw`\b(?:${COUNT}\s+)?hours?\s+(?:later|afterwards?)\b`, 'i');

/** The report's date is counted in hours on from what its article told before it. */
export function toldHoursLater(item: MergeItem): boolean {
  const { event } = item;
  if (event.dateStart === undefined || event.dateEnd === undefined) return false;
  return HOURS_LATER.test(item.sentence.slice(event.dateStart - event.start, event.dateEnd - event.start));
}

/**
 * `later` is told hours on from `earlier`, a report its article gave before it of the same date, and tells another
 * main action than it tells.
 */
export function hoursAfter(later: MergeItem, earlier: MergeItem): boolean {
  return (
    later.articleId === earlier.articleId &&
    earlier.event.start < later.event.start &&
    toldHoursLater(later) &&
    !mainActionOfBoth(later, earlier) &&
    !mainActionOfBoth(earlier, later)
  );
}

// The main action of one is told clearly in the other ("grounded the rocket … and said Mirrow must lead an inquiry").
function mainActionOfBoth(a: MergeItem, b: MergeItem): boolean {
  return a.report.primary !== undefined && b.report.clear.has(a.report.primary);
}
