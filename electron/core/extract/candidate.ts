import { cleanArticle } from './cleanup.ts';
import { cleanText, parsePage } from './dom.ts';
import { type Lead, restoreLead } from './lead.ts';
import type { MarkedBody } from './marked-body.ts';
import type { PageMetadata } from './metadata.ts';
import { type Opening, restoreOpening } from './opening.ts';
import { indexPage } from './page-index.ts';
import { countWords, htmlToText } from './plain-text.ts';
import { prepareDocument } from './prepare.ts';
import { extractMainContent, type MainContent } from './readability.ts';
import { sanitizeTree } from './sanitize.ts';

// The texts a page offers as its article, one per way of reading it (Readability on the page, on its marked
// body, on the page as it came; its embedded body), each cleaned, sanitized and counted the same way, so the
// strategies in extract-html.ts and fallback.ts can weigh them against each other.

/** An article has at least this many words; a shorter text must pass the short-text rules in fallback.ts. */
export const MIN_WORDS = 40;

/** Removes a heading (or a block of bare text) at the very top of the article that only repeats the title. */
function dropRepeatedTitle(body: Element, title: string): void {
  let first = body.firstElementChild;
  // Descend through wrappers that begin with an element (no text of their own before it).
  while (first && !/^H[1-6]$/i.test(first.tagName) && first.firstElementChild && startsWithElement(first)) {
    first = first.firstElementChild;
  }
  // A heading, or a block of bare text: a small site sets its headline in a <div> of its own.
  const headingLike = first && (/^H[1-6]$/i.test(first.tagName) || !first.firstElementChild);
  if (first && headingLike && cleanText(first.textContent) === cleanText(title)) first.remove();
}

function startsWithElement(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) return true;
    if (node.nodeType === 3 && cleanText(node.textContent)) return false;
  }
  return false;
}

export interface Candidate {
  body: Element;
  /** An embedded body that belongs to the page's own article (JSON-LD, or state carrying the page's title). */
  titled?: boolean;
  text: string;
  wordCount: number;
  readabilityTitle: string | null;
}

/** What the cleanups know of the page: its title, byline and address. */
type PageContext = Pick<PageMetadata, 'title' | 'byline' | 'baseUrl'>;

/** Readability on a prepared document, sanitized, as plain text; null when Readability finds nothing. */
export function candidate(doc: Document, page: PageContext, lead: Lead | null): Candidate | null {
  const main = extractMainContent(doc);
  if (!main) return null;
  cleanArticle(main.root, page.byline, page.baseUrl);
  return finished(main, page, lead);
}

/** Sanitized, without a heading that repeats the title, the lead put back: the text a candidate offers. */
function finished(main: MainContent, page: PageContext, lead: Lead | null): Candidate {
  const body = sanitizeTree(main.root);
  const heading = page.title ?? main.title;
  if (heading) dropRepeatedTitle(body, heading);
  restoreLead(body, lead);
  const text = htmlToText(body);
  return { body, text, wordCount: countWords(text), readabilityTitle: main.title };
}

/**
 * Readability on the page as it came, cleaned by our cleanups, and as Readability left it (sanitized only): the
 * second is what a reader view without Annals shows, kept for when the cleanups took the story with the furniture.
 */
export function readabilityAsItCame(
  doc: Document,
  page: PageContext,
): { cleaned: Candidate; own: () => Candidate } | null {
  const main = extractMainContent(doc);
  if (!main) return null;
  const copy = { ...main, root: main.root.cloneNode(true) as Element };
  cleanArticle(main.root, page.byline, page.baseUrl);
  let own: Candidate | null = null;
  return { cleaned: finished(main, page, null), own: () => (own ??= finished(copy, page, null)) };
}

/**
 * The page's marked article body (itemprop="articleBody") on a page of its own, through Readability as the
 * whole page was: inside the marked body too, a video player or a gallery's controls are furniture.
 */
export function markedCandidate(marked: MarkedBody, page: PageContext, lead: Lead | null) {
  const doc = parsePage(`<!DOCTYPE html><html><body><article>${marked.root.innerHTML}</article></body></html>`);
  return candidate(doc, page, lead);
}

/**
 * A text this short may be all a script-drawn page's shell says (a cookie notice, a footer); the page's
 * embedded body replaces it when that is longer, and at least EMBEDDED_SHARE times as long when nothing
 * ties it to the page's own article.
 */
export const THIN_WORDS = 150;
const EMBEDDED_SHARE = 2;

export function outweighs(embedded: Candidate, found: Candidate): boolean {
  return embedded.wordCount > found.wordCount * (embedded.titled ? 1 : EMBEDDED_SHARE);
}

/** The page's embedded body (JSON-LD or script state) when the text found is a shell's and the body is far fuller. */
export function fullerEmbedded(found: Candidate, meta: PageMetadata, wall: boolean): Candidate {
  if (found.wordCount >= THIN_WORDS || wall) return found;
  const embedded = embeddedCandidate(meta);
  return embedded && outweighs(embedded, found) ? embedded : found;
}

/** The article's body from the page's JSON-LD or script state, cleaned and sanitized as a page's own article is. */
export function embeddedCandidate(meta: PageMetadata): Candidate | null {
  const embedded = meta.embeddedBody();
  if (!embedded) return null;
  const { html, titled } = embedded;
  const doc = parsePage(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`);
  const root = doc.body?.firstElementChild;
  if (!root) return null;
  prepareDocument(doc, indexPage(doc), meta.baseUrl);
  cleanArticle(root, meta.byline, meta.baseUrl);
  const body = sanitizeTree(root);
  const text = htmlToText(body);
  return { body, text, wordCount: countWords(text), readabilityTitle: null, titled };
}

export function withOpening(found: Candidate, opening: Opening): Candidate {
  restoreOpening(found.body, opening);
  const text = htmlToText(found.body);
  return { ...found, text, wordCount: countWords(text) };
}
