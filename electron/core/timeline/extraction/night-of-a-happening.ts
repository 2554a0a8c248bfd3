// "Parking opens at 6 p.m. on the night of the show": the day of the happening the article names, when it told that
// the happening was moved ("The fireworks were postponed from 7/4 to 7/8"): the day it was moved to, not the first day
// the article told (which the clock time would otherwise take as the story's main event).
import type { DatedSentence, FoundDate } from './told-events.ts';

// A part of the day of a planned happening named by its kind ("the show", "the vote"): which one is meant is the one
// the article is about, whatever words it was first named by ("fireworks", "the concert").
const PART_OF_HAPPENING =
  /\bon\s+the\s+(?:day|night|morning|afternoon|evening)\s+of\s+the\s+(?:show|concert|display|fireworks|match|game|race|festival|fair|parade|vote|ballot|election|ceremony|final|event|gala|premiere|performance|opening)\b/i;
const MOVE_VERB =
  /\b(?:postponed|delayed|deferred|rescheduled|moved|switched|shifted|(?:put|pushed|set|bumped)\s+back|brought\s+forward|pulled\s+forward)\b/i;
const TO_BEFORE = /\b(?:to|until|till)\s+$/i;

/** Dates a sentence told only from other events at the part of the day of a moved happening, by the day it moved to. */
export function dateByMovedHappening(sentences: readonly DatedSentence[]): void {
  let movedTo: FoundDate | null = null;
  for (const item of sentences) {
    const text = item.sentence.text;
    if (PART_OF_HAPPENING.test(text) && item.explicit === 0 && movedTo !== null && item.dates.length > 0) {
      const first = item.dates[0]!;
      item.dates.splice(0, item.dates.length, {
        ...movedTo,
        text: first.text,
        index: first.index,
        length: first.length,
      });
      continue;
    }
    if (!MOVE_VERB.test(text)) continue;
    const taken = item.dates
      .slice(0, item.explicit)
      .filter((date) => date.precision === 'day' && !date.endDate && TO_BEFORE.test(text.slice(0, date.index)));
    if (taken.length > 0) movedTo = taken.at(-1)!;
  }
}
