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

/** Highlights in reading order, orphans (whose words left the text) last. */
export function inTextOrder(annotations: Annotation[]): Annotation[] {
  const rank = (annotation: Annotation) =>
    annotation.orphaned || !annotation.anchor ? Number.MAX_SAFE_INTEGER : annotation.anchor.start;
  return annotations
    .filter((annotation) => annotation.kind === 'highlight')
    .sort((a, b) => rank(a) - rank(b) || a.created.localeCompare(b.created));
}

export function articleNote(annotations: Annotation[]): Annotation | undefined {
  return annotations.find((annotation) => annotation.kind === 'note');
}
