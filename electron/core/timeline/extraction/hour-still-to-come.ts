// An hour told as still to come ("HM Coastguard will give a briefing at 11 a.m.", "The minister is due to speak at
// 3pm", "Polls close at 10pm and counting will start at once" is left to the day told) is no hour of a day gone by:
// whatever day the story told last, what is yet to happen at a clock time happens on the day the page is told, or
// later. A clock time without a day of its own in such a clause is read on the page's day when the story's last day is
// an earlier one. A future seen from a past saying ("said it would update the public at 4pm") may have come and gone, so
// only a future told from now counts: "will", "shall", "is due to", "are expected to", "is to".
import { hasPastVerb } from '../language/past-verbs.ts';

const STILL_TO_COME =
  /\b(?:will|shall|won['’]t|(?:is|are)\s+(?:now\s+|also\s+)?(?:due|expected|scheduled|set|going)\s+to|(?:is|are)\s+to)\b|['’]ll\b/gi;
// Where the clock's clause begins: a quote mark, a semicolon, a dash, a full clause after a comma.
const CLAUSE_BREAK = /[“”";—]| – |,\s+(?:and|but|which|who|when|while|after|before)\s/g;

/** Whether the clause before a clock time at `index` tells what is still to come at that hour, with no deed done since. */
export function hourStillToCome(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const start = [...before.matchAll(CLAUSE_BREAK)].at(-1);
  const clause = start ? before.slice(start.index + start[0].length) : before;
  const cue = [...clause.matchAll(STILL_TO_COME)].at(-1);
  return cue !== undefined && !hasPastVerb(clause.slice(cue.index + cue[0].length), 0);
}
