// "Protesters pitched tents on Monday. Until then, campaigners will keep the camp open.": what is still to come lasts
// until a time ahead, so a time already gone by is not the "then" it lasts until, and the sentence tells nothing of
// that day. Ahead ("The bridge opens on 24 October. Until then, drivers face a detour.") or told of the past ("Until
// then, it had carried 400 people a day.") the time just told stays its day.
import { looksForward } from './tense.ts';

const UNTIL = /^(?:until|till)\b/i;

/**
 * Whether words reaching the time just told ("until then", "till that point") in `sentence` tell what is still to come
 * lasting until a time (`date`, to its end) that was over before `today` (YYYY-MM-DD).
 */
export function untilGoneBy(
  sentence: string,
  words: string,
  date: { date: string; endDate?: string },
  today: string,
): boolean {
  // A month or year runs to its end: "2031-06" is not gone by on 10 June ('~' sorts after every digit and dash).
  const end = (date.endDate ?? date.date).padEnd(today.length, '~');
  return UNTIL.test(words) && end < today && looksForward(sentence, sentence.length);
}
