// Elements that start and end a paragraph of the plain text.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const LINE_BREAK = '\u0000';

/**
 * Plain text of sanitized article HTML: each block is one paragraph, paragraphs are separated by exactly one
 * blank line, whitespace is collapsed inside a paragraph (a <br> stays a single line break, <pre> keeps its
 * lines) and the result is NFC. Annotation and event offsets point into this text, so it must be stable.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const lines = buffer
      .split(LINE_BREAK)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    buffer = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'BR') {
      buffer += LINE_BREAK;
      return;
    }
    if (tag === 'PRE') {
      flush();
      const lines = (element.textContent ?? '')
        .split('\n')
        .map((line) => line.replace(/\s+$/, ''))
        .filter((line) => line.trim() !== '');
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
      return;
    }
    if (tag === 'TD' || tag === 'TH') {
      if (buffer.trim()) buffer += ' | ';
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n').normalize('NFC');
}

/** Words in any script: runs of letters, marks and digits, joined by inner apostrophes, hyphens or dots. */
// A word starts at a letter or digit (a run of combining marks alone is no word).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** Scripts written without spaces between words: each character counts as a word, as readers of them count. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function countWords(text: string): number {
  let count = 0;
  let spaced = text;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    count = text.match(UNSPACED)?.length ?? 0;
    spaced = text.replace(UNSPACED, ' ');
  }
  return count + (spaced.match(WORD)?.length ?? 0);
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Text cut to about `max` characters at a word boundary, with an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > max * 0.5 ? cut.slice(0, lastSpace) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '');
  return `${head}…`;
}

/**
 * The page's own description when it has one; otherwise the start of the text, skipping short lines such as
 * image captions so the excerpt reads like the story.
 */
export function makeExcerpt(description: string | null, text: string, max = 200): string {
  if (description) return truncateAtWord(description, 500);
  const paragraphs = text.split('\n\n');
  const body = paragraphs.filter((p) => countWords(p) >= 8);
  return truncateAtWord((body.length > 0 ? body : paragraphs).join(' ').replace(/\s+/g, ' ').trim(), max);
}
