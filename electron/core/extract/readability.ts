import { Readability } from '@mozilla/readability';
import { Walk, walkElements } from './dom.ts';

export interface MainContent {
  /** The article's element as Readability left it, in the page's own document (not yet sanitized). */
  root: Element;
  /** Readability's own guess at the title, used only when the page declared none. */
  title: string | null;
}

/**
 * What Readability's _getAllNodesWithTag answers on linkedom (querySelectorAll of a list of tag names: the
 * descendants of root with one of them, in document order, not looking into a <template>), found in one walk.
 * linkedom parses and compiles the selector and runs a matcher per element on every call, and Readability makes
 * the call many times per page: in its cleanup passes that was as much time as all of Annals' own rules.
 */
function allWithTag(root: ParentNode, tagNames: string[]): Element[] {
  const tags = new Set(tagNames.map((tag) => tag.toLowerCase()));
  const found: Element[] = [];
  walkElements(root as Element, (element) => {
    const tag = element.localName.toLowerCase();
    if (tags.has(tag)) found.push(element);
    return tag === 'template' ? Walk.Skip : Walk.Descend;
  });
  return found;
}

/** Whether a text node under node holds a character that trim() keeps: what `textContent.trim().length` tells. */
function hasText(node: Node): boolean {
  let at: Node | null = node.firstChild;
  while (at) {
    if (at.nodeType === 3 && /\S/.test((at as Text).data)) return true;
    let next: Node | null = at.firstChild;
    for (let up: Node | null = at; !next && up && up !== node; up = up.parentNode) next = up.nextSibling;
    at = next;
  }
  return false;
}

interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
}

/**
 * Readability 0.6's own tests, answering as they do, in an order that reads an element's whole text last or not
 * at all. Readability asks them of every element of the page; the text of an element wrapping the whole story is
 * as long as the story, so reading it first made these two tests cost as much as the page's parse.
 */
export const fasterReadabilityTests = {
  _getAllNodesWithTag: allWithTag,
  /** An element with no text, and no children but line breaks and rules. */
  _isElementWithoutContent(node: Element): boolean {
    return (
      node.nodeType === 1 &&
      !hasText(node) &&
      (!node.children.length ||
        node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length)
    );
  },
  /** A short element named or marked as the author's. */
  _isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || this.REGEXPS.byline.test(matchString))) return false;
    const bylineLength = (node.textContent ?? '').trim().length;
    return bylineLength > 0 && bylineLength < 100;
  },
};

/**
 * Runs Readability on the linkedom document (it only needs DOM traversal, which linkedom provides) and keeps
 * its result as a tree: serialising it only to parse it again for the sanitizer would cost as much again.
 * Readability's own metadata and JSON-LD reading are redundant here, so JSON-LD is skipped.
 */
export function extractMainContent(doc: Document): MainContent | null {
  let result: ReturnType<Readability<Element>['parse']>;
  try {
    const reader = new Readability<Element>(doc, {
      // The sanitizer drops every class; Readability's own pass over the article to drop them is wasted.
      keepClasses: true,
      disableJSONLD: true,
      serializer: (node) => node as Element,
    });
    Object.assign(reader, fasterReadabilityTests);
    result = reader.parse();
  } catch (error) {
    // On a page left with no content (only an empty script mount point) Readability walks past the
    // document's root and throws: for this strategy that page simply has no article.
    if (error instanceof TypeError) return null;
    throw error;
  }
  if (!result?.content) return null;
  return { root: result.content, title: result.title?.trim() || null };
}
