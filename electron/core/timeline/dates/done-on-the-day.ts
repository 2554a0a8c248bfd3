// "The hearings were on 2, 3 and 5 May", "The inquiry heard evidence on 5 May": a past verb with at most two words
// after it, then "on" and the day, tells what was done on that very day. A day weeks ahead so told is last year's, where
// a past verb further back ("froze the study, and the senator wants them in Washington on June 4", "had planned to fly
// from Velorin on April 15", "was given bail until sentencing on Friday") may be of a deed apart from a day ahead.
import { isPastForm } from './tense.ts';

// The last three words right before "on" and the day, with no mark between them.
const WORDS_THEN_ON = /((?:\p{L}+\s+){1,3})on\s+$/u;
const LISTED_BEFORE = /(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)+(?:and|or)\s+$/u;
// Words after which the day is a limit or a plan, not the day of the deed: "until sentencing on", "to fly on".
const NOT_THE_DEEDS = /^(?:until|till|after|before|by|to|for|from|since|wants?|plans?)$/i;

/**
 * Whether the words right before the day at `index` (or its own "on") tell a deed done on that day ("were on", "heard
 * evidence on").
 */
export function doneOnTheDay(sentence: string, index: number): boolean {
  // chrono's words for the day may take its "on" in ("on 5 May"); the last of listed days ("on 2, 3 and 5 May") is
  // told after the others.
  const before = (
    sentence.slice(Math.max(0, index - 80), index) + (/^on\s/i.test(sentence.slice(index)) ? 'on ' : '')
  ).replace(LISTED_BEFORE, '');
  const told = WORDS_THEN_ON.exec(before);
  const words = told ? told[1]!.trim().split(/\s+/u) : [];
  // Nearest first: the verb is the first past form reached before a word that makes the day a limit or a plan.
  for (const word of words.reverse()) {
    if (NOT_THE_DEEDS.test(word)) return false;
    if (isPastForm(word)) return true;
  }
  return false;
}
