// Figures told as an identifier ("quote reference 12/4/2031", "case number 3/11/2030", "order no. 12/4/2031", "ref:
// 5/6/2031"): a reference, case or order number that happens to look like a day in figures names no day.

// The word that makes the figures after it an identifier, with any colon or "#" between.
const IDENTIFIER_WORD = /\b(?:reference|ref\.?|number|no\.|nos\.|#)\s*[:#]?\s*$/i;
const FIGURES = /^\d/;

/** Whether a date at `index` in the sentence is figures told as a reference or number, not a day. */
export function isIdentifierFigures(sentence: string, index: number, text: string): boolean {
  return FIGURES.test(text) && IDENTIFIER_WORD.test(sentence.slice(Math.max(0, index - 24), index));
}
