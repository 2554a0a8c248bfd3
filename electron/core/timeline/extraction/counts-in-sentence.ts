// Times a sentence counts from a day it tells itself, rather than from an event told before: "the evening before
// Tuesday's explosion" counts from Tuesday, the day its happening is told by; "spent the night in the carriages, and
// were flown out on Wednesday" is the night before that later day, and "spent the night stranded after snow closed the
// road on Monday" the night of that earlier one. event-anchors.ts dates them.
import type { AnchoredTime } from './anchor-patterns.ts';
import type { FoundDate } from './told-events.ts';

export interface SentenceCount {
  /** The day of the sentence counted from, and how many days on from it (before it when negative). */
  anchor: FoundDate;
  amount: number;
  /** Whether the day counted from is a happening the time's words name ("Tuesday's explosion"). */
  named: boolean;
}

// A day told as the owner of the happening named: "Tuesday's explosion", "Friday’s vote".
const OWNER = /^['’]s?\s/;
// What comes between a night spent and the later day: a step after it ("…, and were flown out on", "before being
// released on"), or the happening it followed ("after heavy snow closed the road on").
const STEP_AFTER = /,\s*(?:and|then)\b|\b(?:and\s+then|before|until)\b/i;
const FOLLOWED = /\bafter\b/i;

/**
 * The day of its own sentence a time counts from; null when it counts from none of them, and 'none' when it tells no
 * time at all (a night spent with no day told after it is a state, no step of the story).
 */
export function countInSentence(
  text: string,
  dates: readonly FoundDate[],
  time: AnchoredTime,
): SentenceCount | 'none' | null {
  if (time.beforeLater) {
    const later = dates.find((d) => d.index > time.index && d.precision === 'day' && !d.endDate);
    if (!later) return 'none';
    const between = text.slice(time.index + time.text.length, later.index);
    if (FOLLOWED.test(between)) return { anchor: later, amount: 0, named: false };
    if (STEP_AFTER.test(between)) return { anchor: later, amount: -1, named: false };
    return 'none';
  }
  const owner = time.from ? dates.find((d) => ownedBy(text, d, time)) : undefined;
  return owner ? { anchor: owner, amount: time.amount, named: true } : null;
}

/** Whether a date is told as whose the happening a time counts from is ("the eve of Sunday's election"). */
function ownedBy(text: string, date: FoundDate, time: AnchoredTime): boolean {
  const at = time.index + time.text.length - time.from!.length;
  return (
    date.index >= at &&
    date.index + date.length < time.index + time.text.length &&
    OWNER.test(text.slice(date.index + date.length))
  );
}
