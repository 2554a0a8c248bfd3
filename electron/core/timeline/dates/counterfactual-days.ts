// A day told as what it would have been ("Thursday would have been Nesta's birthday", "on what would have been their
// 40th anniversary"): a day that marks nothing happening, only what might have, so it is no event.
import { isPastForm } from '../language/tense-forms.ts';
import type { DateMention } from './candidates.ts';

const WOULD_HAVE_AFTER = /^[^,;:.!?]{0,12}?\s+would\s+have\s+(?:been|marked|turned|celebrated)\b/i;
const WOULD_HAVE_BEFORE = /\bwhat\s+would\s+have\s+been\s+[^,;:.!?]{0,40}$/i;
// The day a would-have-been names: a birthday or anniversary, not "would have been ready by Friday".
const MARKED_DAY = /\b(?:birthday|anniversary|wedding\s+day)\b/i;
// Past forms that tell no deed of the day: the counterfactual's own, and whoever reports it.
const NO_DEED = /^(?:been|marked|turned|celebrated|said|told|wrote|added)$/i;

// A deed set for the day: "The family will release lanterns on what would have been his birthday on Monday".
const DEED_TO_BE_DONE =
  /\b(?:will|shall|(?:is|are)\s+to|plans?\s+to|(?:is|are)\s+planning\s+to)\s+(?!have\b)\p{L}+|\p{L}['’]ll\b/iu;

/** Whether the date at `index` is one told as what it would have been, in a sentence that tells no deed done. */
export function isCounterfactualDay(sentence: string, mention: DateMention): boolean {
  const after = sentence.slice(mention.index + mention.text.length);
  const before = sentence.slice(0, mention.index);
  // "Tuesday would have been their anniversary, and her family released lanterns", "Friends gathered on what would
  // have been his birthday on Monday": the day dates what they did.
  const deedDone =
    sentence.split(/[^\p{L}'’]+/u).some((word) => isPastForm(word) && !NO_DEED.test(word)) ||
    DEED_TO_BE_DONE.test(sentence);
  if (!WOULD_HAVE_AFTER.test(after))
    return WOULD_HAVE_BEFORE.test(before) && MARKED_DAY.test(before.slice(-60)) && !deedDone;
  return MARKED_DAY.test(after.slice(0, 60)) && !deedDone;
}
