import { classOf, hiddenByPage, shortText } from './dom.ts';
import { type PageIndex, tagged } from './page-index.ts';

// The steps and tests shared by the scans that read down from a page's headline (its lead, a short report's
// opening, the headline's section): where the next element is, what a reader cannot see, what ends as a sentence.

/** Shorter than this, a line under the headline is a byline, a date or a reading time, not a lead. */
export const MIN_LEAD_CHARS = 60;
export const MAX_LEAD_CHARS = 600;
/** How many elements after the headline are looked at: the lead sits right under it. */
export const MAX_ELEMENTS_SCANNED = 40;
export const NOT_LEAD_CONTAINERS = new Set(['figure', 'figcaption', 'aside', 'nav', 'footer', 'blockquote', 'li', 'a']);

/** A lead is prose: it ends as a sentence does (a dateline "Paper | 4 May 2015 | By" does not). */
export const SENTENCE_END = /[.!?…]["'»”’)]?$/;

/** Hidden by the page itself, on the element or a container: not something its readers see. */
export function isHidden(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (hiddenByPage(at)) return true;
  return false;
}

/** The element after `element` in document order, not counting its descendants. */
export function nextOutside(element: Element): Element | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

export function nextInOrder(element: Element): Element | null {
  return element.firstElementChild ?? nextOutside(element);
}

export function inside(element: Element, tags: ReadonlySet<string>): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (tags.has(at.localName)) return true;
  return false;
}

/** Longer than this and ending as a sentence does, an <h2> is a paragraph set large, not a section heading. */
const MIN_PROSE_HEADING_CHARS = 100;

export function isProseHeading(element: Element): boolean {
  const text = shortText(element, MAX_LEAD_CHARS);
  return text !== null && text.length >= MIN_PROSE_HEADING_CHARS && SENTENCE_END.test(text);
}

/** The page's headline: its first <h1> in the article it marks, else its first <h1>. */
export function pageHeadline(index: PageIndex): Element | null {
  const h1s = tagged(index, 'h1');
  const root = index.root;
  return h1s.find((h1) => h1.isConnected && (!root || root.contains(h1))) ?? h1s.find((h1) => h1.isConnected) ?? null;
}

/** Class words of text set for screen readers only, kept off the screen by the site's style sheet. */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-hidden)(?:\s|$)/i;

export function isScreenReaderOnly(element: Element): boolean {
  return isHidden(element) || SCREEN_READER_ONLY.test(classOf(element));
}
