// Plain-text articles: mailing-list archives, old newsletters, RFC-style notes and text files put on the web
// whole are one <pre> block of prose. Readability scores a block by its commas and paragraphs, so one long
// <pre> loses to a footer of a few comma-heavy sentences, and in the reader a <pre> is a box of fixed-width,
// hard-wrapped lines. A <pre> that is prose (not code, not a table drawn in characters) becomes paragraphs.

/** Fewer words than this in a <pre> is a snippet, an address or a verse, left as the page set it. */
const MIN_PROSE_WORDS = 80;
/** Letters among the block's visible characters: prose is mostly letters, code and ASCII tables are not. */
const MIN_LETTER_SHARE = 0.7;
/** Characters of code and markup ({ } ; = < > …) per visible character above which the block is code. */
const MAX_CODE_SHARE = 0.01;
/** Lines of at least three words among the block's lines: prose, not a list of values or a drawing. */
const MIN_WORDY_LINES = 0.6;
/** Hard-wrapped text fills its lines to about the same width; narrower lines mean the breaks are the author's. */
const WRAPPED_LINE_SHARE = 0.6;
const MAX_WRAP_WIDTH = 100;

const CODE_CLASS =
  /\b(?:code|highlight|language-|lang-|hljs|prettyprint|syntax|source|sourcecode|console|terminal|shell|diff)/i;
const CODE_CHARS = /[{}[\];=<>\\|$`^~]/g;
const LETTER = /\p{L}/gu;
/** A line that must keep its break: a list item, a quoted line, an indented line. */
const OWN_LINE = /^(?:\s{2,}|\s*(?:[-*•+>]|\d{1,3}[.)])\s)/;

function isCodeBlock(pre: Element): boolean {
  if (CODE_CLASS.test(`${pre.getAttribute('class') ?? ''} ${pre.getAttribute('id') ?? ''}`)) return true;
  for (const child of pre.children) {
    if (child.localName === 'code' || CODE_CLASS.test(child.getAttribute('class') ?? '')) return true;
  }
  return pre.parentElement?.localName === 'code';
}

function isProse(text: string): boolean {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_PROSE_WORDS) return false;
  const letters = visible.match(LETTER)?.length ?? 0;
  const code = visible.match(CODE_CHARS)?.length ?? 0;
  if (letters / visible.length < MIN_LETTER_SHARE || code / visible.length > MAX_CODE_SHARE) return false;
  const lines = text.split('\n').filter((line) => line.trim());
  const wordy = lines.filter((line) => (line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3).length;
  return wordy / lines.length >= MIN_WORDY_LINES;
}

/** The lines of one paragraph, as one reflowed line when they were wrapped to a width, else as they were. */
function paragraphLines(lines: string[], width: number): string[] {
  const wrapped =
    width <= MAX_WRAP_WIDTH &&
    lines.length > 1 &&
    lines.every(
      (line, i) => !OWN_LINE.test(line) && (i === lines.length - 1 || line.length >= width * WRAPPED_LINE_SHARE),
    );
  return wrapped ? [lines.map((line) => line.trim()).join(' ')] : lines.map((line) => line.trim());
}

/** The text's paragraphs (blank-line separated), each a <p>; lines kept where the author broke them. */
export function asParagraphs(doc: Document, text: string): Element {
  const container = doc.createElement('div');
  // A loop, not Math.max(...lines): a text file may have more lines than a call has room for arguments.
  let width = 0;
  for (const line of text.split('\n')) width = Math.max(width, line.replace(/\s+$/, '').length);
  for (const block of text.split(/\n[ \t]*\n/)) {
    const blockLines = block
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''))
      .filter((line) => line.trim());
    if (blockLines.length === 0) continue;
    const p = doc.createElement('p');
    paragraphLines(blockLines, width).forEach((line, i) => {
      if (i > 0) p.append(doc.createElement('br'));
      p.append(doc.createTextNode(line));
    });
    container.append(p);
  }
  return container;
}

/** Turns every <pre> that holds prose into paragraphs, so it is scored and read as the article it is. */
export function reflowProsePre(doc: Document, pres: Element[]): void {
  for (const pre of pres) {
    if (!pre.isConnected || isCodeBlock(pre)) continue;
    const text = (pre.textContent ?? '').replace(/\r\n?/g, '\n');
    if (!isProse(text)) continue;
    pre.replaceWith(asParagraphs(doc, text));
  }
}
