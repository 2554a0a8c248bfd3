import type { Annotation, ArticleSummary } from '../../../contract/index.ts';

/** One article with its annotations, as every export format receives it. */
export interface ExportedArticle {
  article: ArticleSummary & { canonicalUrl: string | null };
  /** The article's plain text: the anchors' offsets point into it. */
  text: string;
  annotations: Annotation[];
}

export interface ExportedFile {
  fileName: string;
  content: string;
}

/** The address to cite: the publisher's canonical URL when known. */
export function sourceUrl(article: ExportedArticle['article']): string {
  return article.canonicalUrl ?? article.url;
}

/** Only web addresses become links in an export: anything else (javascript:, file:) stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Highlights in reading order, orphans (whose words left the text) last. */
export function inTextOrder(annotations: Annotation[]): Annotation[] {
  const rank = (annotation: Annotation) =>
    annotation.orphaned || !annotation.anchor ? Number.MAX_SAFE_INTEGER : annotation.anchor.start;
  return annotations
    .filter((annotation) => annotation.kind === 'highlight')
    .sort((a, b) => rank(a) - rank(b) || a.created.localeCompare(b.created));
}

/** The article-level note: one per article in practice, but every one is exported if there are more. */
export function articleNotes(annotations: Annotation[]): Annotation[] {
  return annotations.filter((annotation) => annotation.kind === 'note' && annotation.note.trim() !== '');
}

/**
 * Where the anchor's offsets still point at its quote in this text: only then may an export
 * give them out (an orphan's offsets describe a text that is gone).
 */
export function positionHolds(annotation: Annotation, text: string): boolean {
  const anchor = annotation.anchor;
  return anchor !== null && !annotation.orphaned && text.slice(anchor.start, anchor.end) === anchor.exact;
}

/** An ISO date as UTC ("…Z"), as the Web Annotation model asks; left as stored if unreadable. */
export function toUtcIso(date: string): string {
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : new Date(time).toISOString();
}
