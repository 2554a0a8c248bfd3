import { Walk, walkElements } from './dom.ts';
import { countWords } from './plain-text.ts';

// The last strategy before a page is refused: the block holding most of the page's running text. Readability
// scores paragraphs by their commas and only some elements (p, td, pre, divs of phrasing content), so a story
// set as list items, as spans with line breaks or inside a layout it takes for chrome can leave it with a
// caption. The text itself is the evidence here: where the page's words outside links, menus and code gather.

/** Where a page's text is not what it says to a reader: code, styles, menus, page chrome and links. */
export const NOT_PROSE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'select',
  'button',
  'nav',
  'header',
  'footer',
  'aside',
  'a',
]);

/** Inside these too, text is no part of a story: form controls and the forms around them. */
const NOT_STORY = new Set([...NOT_PROSE, 'textarea', 'form']);

/** Elements that only style text inside a line: their words belong to the block around them. */
const INLINE = new Set([
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'small',
  'big',
  'font',
  'mark',
  'sub',
  'sup',
  'abbr',
  'cite',
  'q',
  'code',
  'time',
  'label',
  'br',
]);

/**
 * The page's own running text: what a short article is measured against. Menus, link teasers and script
 * text would otherwise make a short story look like a sliver of the page.
 */
export function proseText(body: Element): string {
  const parts: string[] = [];
  walkElements(body, (element) => {
    if (NOT_PROSE.has(element.localName)) return Walk.Skip;
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push((node as Text).data);
    }
    return Walk.Descend;
  });
  return parts.join(' ');
}

/** Its own share of a paragraph's words goes to the block's container, half as much to the one around that. */
const GRANDPARENT_SHARE = 0.5;

/**
 * The element that gathers most of the page's running text: each block's words count for the block itself,
 * its container and half for the container's container (as Readability credits a paragraph's parents).
 * Null when the page has no running text.
 */
export function largestProseBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  const credit = (element: Element | null, words: number) => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + words);
  };
  walkElements(body, (element) => {
    if (NOT_STORY.has(element.localName)) return Walk.Skip;
    if (INLINE.has(element.localName)) return Walk.Descend;
    const words = countWords(ownLineText(element));
    if (words === 0) return Walk.Descend;
    credit(element, words);
    const parent = element.parentElement;
    if (parent && parent !== body) {
      credit(parent, words);
      if (parent.parentElement && parent.parentElement !== body)
        credit(parent.parentElement, words * GRANDPARENT_SHARE);
    }
    return Walk.Descend;
  });
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** The text of an element's own line: its text nodes and inline children, not its blocks, links or code. */
function ownLineText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1 && INLINE.has((child as Element).localName)) visit(child);
    }
  };
  visit(element);
  return parts.join(' ');
}
