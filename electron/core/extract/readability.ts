import { Readability } from '@mozilla/readability';

export interface MainContent {
  /** The article's HTML as Readability serialised it (not yet sanitized). */
  html: string;
  /** Readability's own guess at the title, used only when the page declared none. */
  title: string | null;
}

/**
 * Runs Readability on the linkedom document (it only needs DOM traversal and innerHTML, which linkedom
 * provides). Readability's own metadata and JSON-LD reading are redundant here, so JSON-LD is skipped.
 */
export function extractMainContent(doc: Document): MainContent | null {
  const result = new Readability(doc, { keepClasses: false, disableJSONLD: true }).parse();
  if (!result?.content) return null;
  return { html: result.content, title: result.title?.trim() || null };
}
