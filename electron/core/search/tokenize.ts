/** Anything that is not a letter, a combining mark or a digit separates words. */
const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;
/** Longer "words" are base64, hashes or URLs: not something a reader types, and costly to keep. */
const MAX_WORD = 40;

/** The lowercase words of a text, the same way for indexing and for queries. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  for (const word of text.toLowerCase().split(SEPARATOR)) {
    if (word.length > 0 && word.length <= MAX_WORD) words.push(word);
  }
  return words;
}
