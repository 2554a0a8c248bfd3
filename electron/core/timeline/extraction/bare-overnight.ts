// A bare "overnight" ("A van was stolen from a depot overnight.") on a page naming no day is the night just ended
// before the page was published: the gold set dates it, and the clock times told after it ("at about 2.15am"), the
// day of publication. On a page naming a day the night is that day's or the one before it, which the page's own days
// tell better ("overnight on Saturday", "before it slowed overnight" after "on Monday afternoon"), so it dates nothing.
import { type CalendarDay, formatDay } from '../dates/calendar.ts';
import { isHabitual, looksForward, tellsPast } from '../dates/tense.ts';
import type { DatedSentence } from './told-events.ts';

// "overnight" told as when, ending its clause or followed by what goes on with it; not "an overnight raid", "overnight
// sessions" (a kind of thing), nor "overnight on Sunday" or "overnight into Thursday" (a day of its own).
const OVERNIGHT =
  /\bovernight\b(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|but|as|after|when|while|before|in|at|near|outside)\b)/giu;
// Kept or stayed somewhere overnight tells how long, not when: "none was kept overnight", "stayed overnight".
const STAY_BEFORE =
  /\b(?:kept|keep|keeps|stay(?:s|ed)?|held|hold|remain(?:s|ed)?|left|leave)\s+(?:[\p{L}'’]+\s+){0,3}$/iu;

/** Dates each sentence's bare "overnight" to the reference day when no sentence of the page names a day. */
export function dateBareOvernight(sentences: readonly DatedSentence[], reference: CalendarDay): void {
  if (sentences.some((item) => item.dates.some((date) => date.precision === 'day'))) return;
  for (const item of sentences) {
    const text = item.sentence.text;
    if (item.dates.length > 0 || !tellsPast(text)) continue;
    const match = [...text.matchAll(OVERNIGHT)].find(
      (found) =>
        found.index >= item.skip &&
        !looksForward(text, found.index) &&
        !isHabitual(text, found.index) &&
        !STAY_BEFORE.test(text.slice(0, found.index)),
    );
    if (!match) continue;
    item.dates.push({
      date: formatDay(reference),
      precision: 'day',
      text: match[0],
      index: match.index,
      length: match[0].length,
    });
    item.explicit = item.dates.length;
  }
}
