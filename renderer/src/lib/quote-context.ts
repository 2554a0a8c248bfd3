import type { TextAnchor } from '../../../electron/contract/model.ts';

/** What surrounds a highlight's words, trimmed to read well: whole words, never across a paragraph. */
export interface QuoteContext {
  before: string;
  after: string;
  /** The text goes on before `before` (or after `after`): the snippet shows it with an ellipsis. */
  moreBefore: boolean;
  moreAfter: boolean;
}

/** The stored context is cut at a character count, so at most this long it may have been cut short. */
const STORED_CONTEXT = 32;
/** A sentence's last character (and a closing quote or bracket), with the spaces after it. */
const SENTENCE_BREAKS = /[.!?…]["'”’)]?\s+/g;
/** The end of a sentence: its last character (and a closing quote or bracket) before a space or the end. */
const SENTENCE_END = /[.!?…]["'”’)]?(?=\s|$)/;

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The words around a highlight, as a snippet beside it: the quote stays exactly as the reader chose it
 * (even when it starts or ends inside a word, the rest of that word shows beside it), and its context
 * starts and ends at whole words (an ellipsis where the text goes on), or at the sentence or paragraph
 * it belongs to.
 */
export function quoteContext(anchor: Pick<TextAnchor, 'exact' | 'prefix' | 'suffix' | 'start'>): QuoteContext {
  // A quote that ends its sentence needs nothing after it.
  const endsSentence = /[.!?…]["'”’)]?$/.test(anchor.exact.trimEnd());
  return {
    ...contextBefore(anchor.prefix, anchor.start),
    ...(endsSentence ? { after: '', moreAfter: false } : contextAfter(anchor.suffix)),
  };
}

function contextBefore(prefix: string, start: number): Pick<QuoteContext, 'before' | 'moreBefore'> {
  const paragraph = prefix.lastIndexOf('\n');
  let before = paragraph >= 0 ? prefix.slice(paragraph + 1) : prefix;
  // The stored prefix reaches back to the start of the text when the quote is that close to it.
  let cut = paragraph < 0 && start > prefix.length;
  const sentences = [...before.matchAll(SENTENCE_BREAKS)];
  const lastSentence = sentences.at(-1);
  if (lastSentence) {
    before = before.slice(lastSentence.index + lastSentence[0].length);
    cut = false;
  } else if (cut) {
    // Drop the word the cut went through; a prefix that is one word is the start of the quote's own word.
    const space = before.search(/\s/);
    if (space >= 0) before = before.slice(space);
  }
  before = collapse(before).trimStart();
  return { before, moreBefore: cut && before !== '' };
}

function contextAfter(suffix: string): Pick<QuoteContext, 'after' | 'moreAfter'> {
  const paragraph = suffix.indexOf('\n');
  let after = paragraph >= 0 ? suffix.slice(0, paragraph) : suffix;
  let cut = paragraph < 0 && suffix.length >= STORED_CONTEXT;
  const sentence = SENTENCE_END.exec(after);
  if (sentence) {
    // Up to the end of the quote's sentence, its full stop (and closing quote) included.
    after = after.slice(0, sentence.index + sentence[0].length);
    cut = false;
  } else if (cut) {
    const space = after.search(/\s\S*$/);
    if (space >= 0) after = after.slice(0, space);
  }
  after = collapse(after).trimEnd();
  return { after, moreAfter: cut && after !== '' };
}

/**
 * Only what completes the words a highlight starts or ends inside ("c" before "ouncil voted"): beside
 * the article, the rest of the context is there to read.
 */
export function cutWords(
  anchor: Pick<TextAnchor, 'exact' | 'prefix' | 'suffix'>,
): Pick<QuoteContext, 'before' | 'after'> {
  return {
    before: /^\S/.test(anchor.exact) ? (/\S+$/.exec(anchor.prefix)?.[0] ?? '') : '',
    after: /\S$/.test(anchor.exact) ? (/^\S+/.exec(anchor.suffix)?.[0] ?? '') : '',
  };
}
