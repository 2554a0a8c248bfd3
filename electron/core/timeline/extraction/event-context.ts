// An event's words must make sense alone: "That was in the spring of 2022." takes in the sentence it refers to.
import type { DatedSentence } from './told-events.ts';

// A short sentence that opens by pointing back ("That was in 2022.", "It happened on Monday.") says nothing alone.
const POINTS_BACK = /^(?:That|This|It|These|Those|Then|All this|All that)\b/;
const SHORT_WORDS = 8;
const QUOTE_OPENS = /^["“‘']/;
// A line with no closing stop is a heading, a label or a byline ("The verdict", "What happens next"), not a sentence
// to read an event by: glued on, it read "The verdict On Monday, he was found guilty."
const ENDS_A_SENTENCE = /[.!?…]["”’')\]]*$/;

/** Whether a sentence opens by pointing back at what was told before it ("That was in 2022."). */
export function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text) && text.split(/\s+/).length <= SHORT_WORDS;
}

// A short sentence whose only person or thing is a pronoun ("Next month, the public gets it back.", "On Monday, he was
// charged.") leans on the sentence before for who or what; a name after its first word means it tells its own.
const BARE_PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;
const LEANING_WORDS = 10;
const NAME_AFTER_FIRST_WORD = /\s[A-Z]/;
const NAME_ANYWHERE = /(?:^|\s)[A-Z]/;
const LEADING_TIME = /^[^,]{1,30},\s+/;
// Days and months are capitalised without naming anyone.
const CALENDAR_WORDS =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** Whether a short sentence needs the sentence before it to say who or what it is about. */
export function leansOnBefore(text: string): boolean {
  if (text.split(/\s+/).length > LEANING_WORDS) return false;
  const led = LEADING_TIME.test(text);
  const rest = text.replace(LEADING_TIME, '').replace(CALENDAR_WORDS, (word) => word.toLowerCase());
  if (led && pointsBack(rest.replace(/^\w/, (c) => c.toUpperCase()))) return true;
  // After a leading "On Monday," the first word is not capitalised for opening the sentence: any capital names.
  const named = led ? NAME_ANYWHERE.test(rest) : NAME_AFTER_FIRST_WORD.test(rest);
  return BARE_PRONOUN.test(rest) && !named;
}

/** The sentence's words, with the sentence it refers to before them when it cannot stand alone. */
export function standAloneText(item: DatedSentence, sentences: readonly DatedSentence[]): string {
  const { text } = item.sentence;
  if (!pointsBack(text) && !leansOnBefore(text)) return text;
  const at = sentences.indexOf(item);
  // The nearest sentence before it, in its paragraph or the one before, that is not quoted speech nor a heading.
  for (let i = at - 1; i >= 0; i--) {
    const candidate = sentences[i]!;
    if (item.paragraph - candidate.paragraph > 1) break;
    const words = candidate.sentence.text;
    if (QUOTE_OPENS.test(words) || POINTS_BACK.test(words) || !ENDS_A_SENTENCE.test(words.trimEnd())) continue;
    const adjacent = i === at - 1;
    return `${candidate.sentence.text}${adjacent ? ' ' : ' … '}${text}`;
  }
  return text;
}
