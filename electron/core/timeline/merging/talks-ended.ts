// Talks that ended ("talks with the gunman broke down shortly after 5am", "negotiations collapsed on Friday") read as
// the end action, as a siege, a strike or a stand-off ending does: one verb, two things ended. Talks breaking down is
// a failure of the talks, most often what led to the other ending ("police ended the siege early this morning"), not
// that ending told in other words. What ended decides; a report that names no talks at all tells another thing ended.
import type { MergeItem } from './likeness-features.ts';

const TALKS = /\b(?:talks|negotiations?|mediation)\b/i;
// The talks themselves ended: "talks … broke down", "negotiations collapsed", "talks ended without a deal".
const TALKS_ENDED =
  /\b(?:talks|negotiations?|mediation)\b(?:\s+[^\s.;,]+){0,8}?\s+(?:(?:had|have|has)\s+)?(?:broke|broken|break|breaks|ended|ends|collapsed|collapses|failed|fails|stalled|foundered)\b/i;

/** One report tells talks ending, the other an end of something else, told with no word of talks. */
export function otherThingEnded(a: MergeItem, b: MergeItem): boolean {
  if (!a.report.clear.has('end') || !b.report.clear.has('end')) return false;
  return endsTalksAlone(a.sentence, b.sentence) || endsTalksAlone(b.sentence, a.sentence);
}

function endsTalksAlone(talks: string, other: string): boolean {
  return TALKS_ENDED.test(talks) && !TALKS.test(other);
}
