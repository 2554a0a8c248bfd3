// A day told as what it would have been ("Thursday would have been Nesta's birthday", "on what would have been their
// 40th anniversary"): a day that marks nothing happening, only what might have, so it is no event.
import type { DateMention } from './candidates.ts';

const WOULD_HAVE_AFTER = /^[^,;:.!?]{0,12}?\s+would\s+have\s+(?:been|marked|turned|celebrated)\b/i;
const WOULD_HAVE_BEFORE = /\bwhat\s+would\s+have\s+been\s+[^,;:.!?]{0,40}$/i;
// The day a would-have-been names: a birthday or anniversary, not "would have been ready by Friday".
const MARKED_DAY = /\b(?:birthday|anniversary|wedding\s+day)\b/i;

/** Whether the date at `index` is one told as what it would have been. */
export function isCounterfactualDay(sentence: string, mention: DateMention): boolean {
  const after = sentence.slice(mention.index + mention.text.length);
  const before = sentence.slice(0, mention.index);
  if (WOULD_HAVE_AFTER.test(after)) return MARKED_DAY.test(after.slice(0, 60));
  return WOULD_HAVE_BEFORE.test(before) && MARKED_DAY.test(before.slice(-60));
}
