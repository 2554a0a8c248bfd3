// A time moved from one day to another ("postponed from 7/4 to 7/8", "put back from Monday to Wednesday", "brought
// forward from June 12 to June 5"): the words read like a span's ends, but they name two times, the one given up and
// the one taken, each an event of its own, not one span of days between them.
import type { DateMention } from './candidates.ts';

// A verb that moves a date, with up to three words of its object, right before "from".
const MOVED_FROM =
  /\b(?:postponed|postpone|delayed|delay|deferred|rescheduled|reschedule|moved|move|switched|shifted|(?:put|pushed|set|bumped)\s+back|brought\s+forward|pulled\s+forward)\s+(?:[\p{L}’'-]+\s+){0,3}?from\s+$/iu;
// The word joining the two times inside the span's words.
const JOIN = /\s*(?:\bto\b|\buntil\b|\btill\b|[-–])\s*/i;

/** The mentions, each span a moved time names split into the time given up and the time taken. */
export function splitMovedTimes(sentence: string, mentions: readonly DateMention[]): DateMention[] {
  return mentions.flatMap((mention) => {
    if (!mention.endDate) return [mention];
    const lead = /^from\s+/i.exec(mention.text)?.[0] ?? '';
    if (!MOVED_FROM.test(sentence.slice(0, mention.index + lead.length))) return [mention];
    const join = JOIN.exec(mention.text.slice(lead.length));
    if (!join) return [mention];
    const cut = lead.length + join.index;
    const { endDate, ...start } = mention;
    return [
      { ...start, text: mention.text.slice(0, cut) },
      {
        ...start,
        date: endDate,
        text: mention.text.slice(cut + join[0].length),
        index: mention.index + cut + join[0].length,
      },
    ];
  });
}
