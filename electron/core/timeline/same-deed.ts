// Whether two reports of one date tell the same deed as grammar reads it (deed-words.ts): the same verb and particle
// told right at both dates ("brought down the last of them", "were brought down yesterday"), where the action lists
// read nothing clear in at least one of them.
import type { Report } from './event-reports.ts';
import { CLEAR_ACTION } from './same-action.ts';

const VARIANT = process.env.DEED_VARIANT ?? 'v2';

/** Both reports tell one verb right at their dates, and the action lists do not already say what either tells. */
export function tellSameDeed(x: Report, y: Report): boolean {
  if (VARIANT === 'off') return false;
  const unlisted = (report: Report) => report.clear.size === 0;
  if (VARIANT === 'v1' && !(unlisted(x) && unlisted(y))) return false;
  if (VARIANT === 'v2' && !(unlisted(x) || unlisted(y))) return false;
  if (x.ongoing !== y.ongoing || x.furtherOne !== y.furtherOne) return false;
  const clear = (report: Report) => new Set(report.deeds.filter((d) => d.weight >= CLEAR_ACTION).map((d) => d.key));
  const theirs = clear(y);
  return [...clear(x)].some((key) => theirs.has(key));
}

/** Both reports tell clear verbs the lists do not hold, and none of them the same: likely two deeds. */
export function tellOtherDeeds(x: Report, y: Report): boolean {
  if (process.env.DEED_APART === undefined) return false;
  const unlisted = (report: Report) => report.primaryWeight < CLEAR_ACTION;
  if (!unlisted(x) || !unlisted(y)) return false;
  const clear = (report: Report) => new Set(report.deeds.filter((d) => d.weight >= CLEAR_ACTION).map((d) => d.key));
  const [mine, theirs] = [clear(x), clear(y)];
  return mine.size > 0 && theirs.size > 0 && ![...mine].some((key) => theirs.has(key));
}
