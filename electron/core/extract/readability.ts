import { Readability } from '@mozilla/readability';

export interface MainContent {
  /** The article's element as Readability left it, in the page's own document (not yet sanitized). */
  root: Element;
  /** Readability's own guess at the title, used only when the page declared none. */
  title: string | null;
}

/**
 * Runs Readability on the linkedom document (it only needs DOM traversal, which linkedom provides) and keeps
 * its result as a tree: serialising it only to parse it again for the sanitizer would cost as much again.
 * Readability's own metadata and JSON-LD reading are redundant here, so JSON-LD is skipped.
 */
export function extractMainContent(doc: Document): MainContent | null {
  let result: ReturnType<Readability<Element>['parse']>;
  try {
    result = new Readability<Element>(doc, {
      // The sanitizer drops every class; Readability's own pass over the article to drop them is wasted.
      keepClasses: true,
      disableJSONLD: true,
      serializer: (node) => node as Element,
    }).parse();
  } catch (error) {
    // On a page left with no content (only an empty script mount point) Readability walks past the
    // document's root and throws: for this strategy that page simply has no article.
    if (error instanceof TypeError) return null;
    throw error;
  }
  if (!result?.content) return null;
  return { root: result.content, title: result.title?.trim() || null };
}
