import type { Annotation } from '../../../contract/index.ts';
import { type ExportedArticle, sourceUrl } from './types.ts';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** One annotation in the W3C Web Annotation model, with both text selectors on its target. */
export function toWebAnnotation(annotation: Annotation, article: ExportedArticle['article']) {
  const body: Record<string, unknown>[] = [];
  if (annotation.note) {
    body.push({ type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' });
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const source = sourceUrl(article);
  const target = annotation.anchor
    ? {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: annotation.anchor.exact,
            prefix: annotation.anchor.prefix,
            suffix: annotation.anchor.suffix,
          },
          { type: 'TextPositionSelector', start: annotation.anchor.start, end: annotation.anchor.end },
        ],
      }
    : { source };
  return {
    '@context': CONTEXT,
    id: `urn:annals:annotation:${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.kind === 'note' ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    ...(body.length > 0 ? { body: body.length === 1 ? body[0] : body } : {}),
    target,
    // Not in the W3C vocabulary: kept under our own prefix so other tools can ignore them.
    'annals:color': annotation.color,
    'annals:orphaned': annotation.orphaned,
    'annals:article': {
      title: article.title,
      site: article.siteName,
      published: article.publishedAt,
      saved: article.savedAt,
    },
  };
}

/** Many annotations as one AnnotationCollection with a single page. */
export function toWebAnnotations(articles: ExportedArticle[]) {
  const items = articles.flatMap((entry) =>
    entry.annotations.map((annotation) => {
      const { '@context': _context, ...rest } = toWebAnnotation(annotation, entry.article);
      return rest;
    }),
  );
  return {
    '@context': CONTEXT,
    id: `urn:annals:collection:${new Date().toISOString()}`,
    type: 'AnnotationCollection',
    label: 'Annotations exported from Annals',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
