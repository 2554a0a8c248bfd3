// An event's words must make sense alone: "That was in the spring of 2022." takes in the sentence it refers to.
import type { DatedSentence } from './told-events.ts';

// A short sentence that opens by pointing back ("That was in 2022.", "It happened on Monday.") says nothing alone.
const POINTS_BACK = /^(?:That|This|It|These|Those|Then|All this|All that)\b/;
const SHORT_WORDS = 8;
const QUOTE_OPENS = /^["“‘']/;

/** Whether a sentence opens by pointing back at what was told before it ("That was in 2022."). */
export function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text) && text.split(/\s+/).length <= SHORT_WORDS;
}

/** The sentence's words, with the sentence it refers to before them when it cannot stand alone. */
export function standAloneText(item: DatedSentence, sentences: readonly DatedSentence[]): string {
  const { text } = item.sentence;
  if (!pointsBack(text)) return text;
  const at = sentences.indexOf(item);
  // The nearest sentence before it, in its paragraph or the one before, that is not quoted speech.
  for (let i = at - 1; i >= 0; i--) {
    const candidate = sentences[i]!;
    if (item.paragraph - candidate.paragraph > 1) break;
    if (QUOTE_OPENS.test(candidate.sentence.text) || POINTS_BACK.test(candidate.sentence.text)) continue;
    const adjacent = i === at - 1;
    return `${candidate.sentence.text}${adjacent ? ' ' : ' … '}${text}`;
  }
  return text;
}
