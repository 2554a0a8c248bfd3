// One article may tell a happening in two sentences, its action in one ("destroyed by fire early on Tuesday") and its
// hour in another that names no action ("Firefighters were called at 1.42am to the warehouse"), where another outlet
// tells both in one ("The fire was reported at 1:42 a.m. Tuesday"). That outlet's sentence vouches that the article's
// two sentences tell one happening, though their own words are too few alike to say so.
import type { MergeItem } from './likeness-features.ts';
import { sameClockTime } from './merge-evidence.ts';
import { CLEAR_ACTION, tellSameAction } from './same-action.ts';

/**
 * `deed` and `hour` are two reports of one article: `deed` tells an action clearly and no clock time, `hour` a clock
 * time and no action; `other`, of another article, tells the very action of `deed` and the clock time of `hour`.
 */
export function toldInTwoSentences(deed: MergeItem, hour: MergeItem, other: MergeItem): boolean {
  if (deed.articleId !== hour.articleId || other.articleId === deed.articleId) return false;
  if (deed.report.primaryWeight < CLEAR_ACTION || deed.evidence.clockTimes.length > 0) return false;
  if (hour.report.primaryWeight >= CLEAR_ACTION || hour.report.actions.size > 0) return false;
  if (other.report.primaryWeight < CLEAR_ACTION) return false;
  return tellSameAction(other.report, deed.report, true) && sameClockTime(other.evidence, hour.evidence);
}
