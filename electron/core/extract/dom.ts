import { parseHTML } from 'linkedom';
import { flattenDeepNesting } from './deep-nesting.ts';

// Elements that belong in <head> when a page leaves out its <head>/<body> tags (which HTML allows).
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * linkedom does not insert the <head>/<body> that the HTML parser implies when a page omits them, so
 * content can end up beside <body> rather than in it. Put head elements in <head> and the rest in <body>.
 */
function ensureHeadAndBody(doc: Document): void {
  const html = doc.documentElement;
  const children = [...html.children];
  let head = children.find((c) => c.tagName === 'HEAD');
  let body = children.find((c) => c.tagName === 'BODY');
  if (!head) {
    head = doc.createElement('head');
    html.insertBefore(head, html.firstChild);
  }
  if (!body) {
    body = doc.createElement('body');
    html.appendChild(body);
  }
  const before: Node[] = [];
  const after: Node[] = [];
  let seenBody = false;
  let seenContent = false;
  for (const node of [...html.childNodes]) {
    if (node === head) continue;
    if (node === body) {
      seenBody = true;
      continue;
    }
    if (node.nodeType === 3 && !node.textContent?.trim()) continue;
    if (!seenContent && node.nodeType === 1 && HEAD_TAGS.has((node as Element).tagName)) {
      head.appendChild(node);
      continue;
    }
    if (node.nodeType === 1 || node.nodeType === 3) seenContent = true;
    (seenBody ? after : before).push(node);
  }
  body.prepend(...before);
  body.append(...after);
}

/**
 * Parses a page with linkedom: a fast DOM that never runs scripts or loads subresources, which is all
 * metadata reading and Readability need. (It is no sanitizer host: see sanitize.ts.)
 * linkedom's own typings describe the same DOM, so it is used through the standard DOM types.
 */
export function parsePage(html: string): Document {
  let { document } = parseHTML(html);
  // Without an <html> element (a pasted fragment) linkedom makes the first element the root.
  if (document.documentElement?.tagName !== 'HTML') {
    const inner = html.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>)?/i, '');
    ({ document } = parseHTML(`<!DOCTYPE html><html>${inner}</html>`));
  }
  const doc = document as unknown as Document;
  ensureHeadAndBody(doc);
  flattenDeepNesting(doc);
  return doc;
}

/** Text with runs of whitespace (incl. no-break spaces) collapsed, trimmed and NFC-normalised. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** What a walk does after visiting an element. */
export const Walk = {
  /** Go on into the element's children. */
  Descend: 0,
  /** Leave its children unvisited. */
  Skip: 1,
  /** Remove the element (and its children) from the tree. */
  Remove: 2,
  /** End the walk here. */
  Stop: 3,
} as const;
export type Walk = (typeof Walk)[keyof typeof Walk];

/**
 * Visits the element descendants of root in document order, without recursion (pages nest deeply). The visitor
 * may remove the element it is given by answering Walk.Remove; it must not move other elements.
 */
export function walkElements(root: Element, visit: (element: Element) => Walk): void {
  let element = root.firstElementChild;
  while (element) {
    const step = visit(element);
    if (step === Walk.Stop) return;
    let next = step === Walk.Descend ? element.firstElementChild : null;
    let at: Element | null = element;
    while (!next && at && at !== root) {
      next = at.nextElementSibling;
      if (!next) at = at.parentElement;
    }
    if (step === Walk.Remove) element.remove();
    element = next;
  }
}

/**
 * Descendants of root whose tag name (lowercase) is in `tags`, in document order. On linkedom a selector
 * list costs a matcher call per element and selector; one walk with a Set lookup costs far less.
 */
export function descendantsByTag(root: Element, tags: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  walkElements(root, (element) => {
    if (tags.has(element.localName)) found.push(element);
    return Walk.Descend;
  });
  return found;
}

/** The first `limit` descendants of root whose tag name is in `tags`, in document order (the walk stops there). */
export function firstDescendantsByTag(root: Element, tags: ReadonlySet<string>, limit: number): Element[] {
  const found: Element[] = [];
  if (limit <= 0) return found;
  walkElements(root, (element) => {
    if (tags.has(element.localName)) found.push(element);
    return found.length >= limit ? Walk.Stop : Walk.Descend;
  });
  return found;
}

/** Whether root has a descendant with one of the tag names. */
export function hasDescendant(root: Element, tags: ReadonlySet<string>): boolean {
  let found = false;
  walkElements(root, (element) => {
    found = tags.has(element.localName);
    return found ? Walk.Stop : Walk.Descend;
  });
  return found;
}

/**
 * The element's text, cleaned, or null when it is longer than `max` characters: found without reading all of
 * a long text (a wrapper of the whole story would otherwise be read once per line scanned).
 */
export function shortText(element: Element, max: number): string | null {
  const parts: string[] = [];
  // Collapsed length so far, counted per text node: at most one space more per node than the whole would have.
  let length = 0;
  let nodes = 0;
  let node: Node | null = element.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      length += data.replace(/\s+/g, ' ').length;
      if (length > max + ++nodes + 1) return null;
    }
    let next: Node | null = node.nodeType === 1 ? node.firstChild : null;
    for (let at: Node | null = node; !next && at && at !== element; at = at.parentNode) next = at.nextSibling;
    node = next;
  }
  const text = cleanText(parts.join(''));
  return text.length > max ? null : text;
}

/**
 * NFC joins at most this many UTF-16 code units into one (U+1F82 is four), and collapsing whitespace keeps every
 * other character: a text with more than max * NFC_MAX_JOIN non-space code units is longer than max once cleaned.
 */
const NFC_MAX_JOIN = 4;

/**
 * True when cleanText(text) is certainly longer than `max` (false says nothing), known without cleaning a long
 * text: collapsing and normalising a whole story's text to learn it is no short line costs more than the rule.
 */
export function cleanTextSurelyLongerThan(text: string, max: number): boolean {
  let nonSpace = 0;
  const limit = max * NFC_MAX_JOIN;
  for (let at = 0; at < text.length; at++) {
    if (!isSpace(text.charCodeAt(at)) && ++nonSpace > limit) return true;
  }
  return false;
}

/**
 * The characters `\s` matches in a JavaScript regular expression (WhiteSpace and LineTerminator), by code unit:
 * counting with it gives the length a `\s+` -> ' ' replacement would, without building the replaced string.
 */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** text.replace(/\s+/g, ' ').length, without the replaced copy of a whole page's text. */
export function collapsedLength(text: string): number {
  let length = 0;
  let inSpace = false;
  for (let at = 0; at < text.length; at++) {
    const space = isSpace(text.charCodeAt(at));
    if (!space || !inSpace) length++;
    inSpace = space;
  }
  return length;
}

/** Whether the element's text, whitespace collapsed, is longer than `length` (read only as far as needed). */
export function textLongerThan(element: Element, length: number): boolean {
  return shortText(element, length) === null;
}

/** The class attribute's value without making linkedom build a class list for the element. */
export function classOf(element: Element): string {
  return element.getAttributeNode('class')?.value ?? '';
}

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by the page itself (the hidden attribute, aria-hidden or an inline style): not what its readers see. */
export function hiddenByPage(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(element.getAttribute('style') ?? '')
  );
}
