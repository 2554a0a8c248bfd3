import type { PageIndex } from './page-index.ts';
import { countWords, htmlToText } from './plain-text.ts';

// Publishers using schema.org markup say where their story's text is: itemprop="articleBody". Readability
// scores blocks by their commas and paragraphs, so a talkative comments section, or the column that holds
// both story and comments, can outscore the story. When the page marks its body and that body holds real
// text, the marked body is the article unless Readability's choice is that same text.

/** The marked body's words needed before it may replace Readability's choice (the shortest article kept). */
export const MIN_MARKED_WORDS = 40;
/** Below this share of the marked text inside Readability's choice, Readability picked another block. */
const MIN_COVERAGE = 0.5;
/** A marked body this much smaller than Readability's choice is only a part of the story (a standfirst). */
const MAX_SHRINK = 3;
/** Readability's choice this much larger than the marked body that it holds took the column around it. */
const MAX_WIDER = 1.5;

/** A text and its length in words. */
interface Measured {
  wordCount: number;
  text: string;
}

export interface MarkedBody extends Measured {
  /** Copies of the marked elements (Readability rearranges the page), in one container. */
  root: Element;
}

function nearestArticle(element: Element): Element | null {
  for (let at = element.parentElement; at; at = at.parentElement) if (at.localName === 'article') return at;
  return null;
}

function insideAnother(element: Element, bodies: Element[]): boolean {
  return bodies.some((other) => other !== element && other.contains(element));
}

/**
 * A copy of the page's marked article body: every itemprop="articleBody" element of the first marked
 * article (some CMSs mark each block of the story), taken after furniture removal and before Readability.
 */
export function copyMarkedBody(index: PageIndex, doc: Document): MarkedBody | null {
  const bodies = index.articleBodies.filter((element) => element.isConnected);
  if (bodies.length === 0) return null;
  const article = nearestArticle(bodies[0]!);
  const root = doc.createElement('div');
  for (const body of bodies) {
    // A listing of several marked stories is no article of its own: only the first story's blocks.
    if (insideAnother(body, bodies) || nearestArticle(body) !== article) continue;
    root.append(body.cloneNode(true));
  }
  const text = htmlToText(root);
  const wordCount = countWords(text);
  return wordCount >= MIN_MARKED_WORDS ? { root, wordCount, text } : null;
}

/** Letters and digits only, so spacing and punctuation differences do not count. */
const squashed = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The share of the marked text (by length of its paragraphs) that `text` holds. */
function coverage(marked: Measured, text: string): number {
  const haystack = squashed(text);
  let total = 0;
  let found = 0;
  for (const paragraph of marked.text.split(/\n+/)) {
    const needle = squashed(paragraph);
    total += needle.length;
    if (needle && haystack.includes(needle)) found += needle.length;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * Whether the marked body should replace Readability's choice (`found`, its words and text): when Readability
 * found nothing or too little, picked another block, or took the whole column around the marked body.
 */
export function prefersMarked(marked: Measured, found: Measured | null): boolean {
  if (!found || found.wordCount < MIN_MARKED_WORDS) return true;
  if (marked.wordCount * MAX_SHRINK < found.wordCount) return false;
  const share = coverage(marked, found.text);
  if (share < MIN_COVERAGE) return true;
  return found.wordCount > marked.wordCount * MAX_WIDER;
}
