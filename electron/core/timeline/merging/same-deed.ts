// Whether two reports of one date tell the same deed as grammar reads it (deed-words.ts): the same verb and particle
// told right at both dates ("rescuers brought down the last of them", "were brought down yesterday morning"), where the
// action lists read nothing clear in at least one of them. The lists never hold every wording a new article chooses.
import type { Report } from '../extraction/event-reports.ts';
import { CLEAR_ACTION } from './same-action.ts';

/**
 * Both reports tell one verb with one particle right at their dates, and the action lists read no clear action in
 * at least one of them. Not a state still going on beside a happening, nor a further one beside the first.
 */
export function tellSameDeed(x: Report, y: Report): boolean {
  if (x.clear.size > 0 && y.clear.size > 0) return false;
  if (x.ongoing !== y.ongoing || x.furtherOne !== y.furtherOne) return false;
  const clear = (report: Report) =>
    new Set(report.deeds.filter((deed) => deed.weight >= CLEAR_ACTION).map((deed) => deed.key));
  const theirs = clear(y);
  return [...clear(x)].some((key) => theirs.has(key));
}
