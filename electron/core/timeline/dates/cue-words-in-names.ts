// A word that would tell a happening ahead ("falls", "will", "closes", "opens") is no verb when it is part of a name
// inside a sentence: "a water main burst in Haverill Falls on Friday", "a van driven by Will Harding hit a wall on
// Friday", "the Kellow Opens". A line written in title case ("Old Mill Bridge Reopens on Friday") capitalises its verbs
// too, and still reads them.
import { isNameWord } from '../language/actions.ts';

// Words a line in title case keeps in lower case; a longer word in lower case shows the line is written as a sentence.
const TITLE_LOWER_WORD = /^(?:with|from|into|onto|over|upon|after|until|than|that|this)$/;

/** Whether the word at `index` of `text` is part of a name, by its capital, in a text written as a sentence. */
export function cueInsideName(text: string, index: number): boolean {
  return isNameWord(text, index) && !titleCased(text);
}

function titleCased(text: string): boolean {
  return !(text.match(/(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}'’-])/gu) ?? []).some((word) => !TITLE_LOWER_WORD.test(word));
}
