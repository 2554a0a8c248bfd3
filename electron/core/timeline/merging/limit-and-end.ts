// A time something lasts until and that thing's end told ahead of the same day are one happening, its end: "the state
// of emergency now runs until 2 November" and "the state of emergency is due to end on 2 November"; "residents have
// until Friday to put debris out" and "debris pickup ends Friday". One outlet tells the day as a limit, the other as the
// end still to come, in other words than each other and with no action shared. Not when the end was called off or moved
// ("was due to end on Friday but has been extended"), nor when the two limit two things that share no word.
import type { MergeItem } from './likeness-features.ts';

// The limit, right before its date: "runs until", "have until", "closed till".
const UNTIL = /\b(?:until|till)\s+(?:at\s+least\s+)?$/i;
// The end told at its date: "ends 6/4", "expires on Friday", "is due to end on 2 November", "will run out on".
const ENDS =
  /\b(?:ends?|expires?|lapses?|runs?\s+out|(?:is|are|will\s+be)\s+(?:due|set|scheduled|expected)\s+to\s+(?:end|expire|lapse|run\s+out)|will\s+(?:end|expire|lapse|run\s+out))\s+(?:on\s+)?$/i;
// What undoes the planned end after its date, or a plan told as gone by: "but was extended", "had been due to end".
const UNDONE_AFTER = /^[^.;!?]*\b(?:but|unless|postponed|called\s+off|cancell?ed|extended|delayed|scrapped)\b/i;
const PLAN_GONE_BY = /\bhad\s+been\s+(?:due|set|scheduled|expected)\b/i;
// Overlap of the two sentences' dictionary forms (weighed by rarity in the story) that names one thing limited.
const SAME_THING = 0.25;

/** Whether one report limits something until its date and the other tells that thing ending on it (see above). */
export function limitBesideItsEnd(a: MergeItem, b: MergeItem, overlap: number): boolean {
  if (overlap < SAME_THING) return false;
  return (limitedUntil(a) && endsThen(b)) || (limitedUntil(b) && endsThen(a));
}

function dateAt(item: MergeItem): number {
  return (item.event.dateStart ?? item.event.end) - item.event.start;
}

function limitedUntil(item: MergeItem): boolean {
  return item.report.limit && UNTIL.test(item.sentence.slice(0, dateAt(item)));
}

function endsThen(item: MergeItem): boolean {
  const at = dateAt(item);
  const before = item.sentence.slice(0, at);
  if (!ENDS.test(before) || PLAN_GONE_BY.test(before)) return false;
  const dateEnd = item.event.dateEnd === undefined ? at : item.event.dateEnd - item.event.start;
  return !UNDONE_AFTER.test(item.sentence.slice(dateEnd));
}
