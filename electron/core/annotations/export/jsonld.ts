import { createHash } from 'node:crypto';
import type { Annotation } from '../../../contract/index.ts';
import { highlightColors } from './colors.ts';
import { type ExportedArticle, positionHolds, sourceUrl, toUtcIso } from './types.ts';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * One annotation in the W3C Web Annotation model. A highlight targets its words with both text
 * selectors; the article-level note targets the whole article. Colour travels the model's way
 * (a stylesheet plus a styleClass on the target): a "highlighting" body would make readers show
 * the word "yellow" as if it were a comment. What the model has no term for (the colour's name,
 * orphaned, the article's details) sits under an "annals:" prefix that other tools ignore.
 */
export function toWebAnnotation(annotation: Annotation, from: ExportedArticle) {
  const { article, text } = from;
  const body: Record<string, string>[] = [];
  if (annotation.note.trim()) {
    body.push({ type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' });
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const source = sourceUrl(article);
  const anchor = annotation.kind === 'highlight' ? annotation.anchor : null;
  const styleClass = `annals-${annotation.color}`;
  return {
    '@context': CONTEXT,
    id: `urn:annals:annotation:${annotation.id}`,
    type: 'Annotation',
    motivation: anchor ? 'highlighting' : 'commenting',
    created: toUtcIso(annotation.created),
    modified: toUtcIso(annotation.modified),
    ...(body.length > 0 ? { body } : {}),
    target: anchor
      ? {
          source,
          styleClass,
          selector: [
            { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
            // An orphan's offsets point into a text that is gone: only its quote is still true.
            ...(positionHolds(annotation, text)
              ? [{ type: 'TextPositionSelector', start: anchor.start, end: anchor.end }]
              : []),
          ],
        }
      : { source },
    ...(anchor
      ? {
          stylesheet: {
            type: 'CssStylesheet',
            value: `.${styleClass} { background-color: ${highlightColors[annotation.color]}; }`,
          },
        }
      : {}),
    'annals:color': annotation.color,
    'annals:orphaned': annotation.orphaned,
    'annals:article': {
      id: article.id,
      title: article.title,
      url: source,
      author: article.byline,
      site: article.siteName,
      published: article.publishedAt,
      saved: article.savedAt,
    },
  };
}

export type WebAnnotation = ReturnType<typeof toWebAnnotation>;

/**
 * Many annotations as one AnnotationCollection with a single embedded page. Its id is derived from
 * what it holds, so the same annotations always export to the same document.
 */
export function toWebAnnotations(articles: ExportedArticle[]) {
  const items = articles.flatMap((entry) =>
    entry.annotations
      .filter((annotation) => annotation.kind === 'highlight' || annotation.note.trim())
      .map((annotation) => {
        const { '@context': _context, ...item } = toWebAnnotation(annotation, entry);
        return item;
      }),
  );
  const digest = createHash('sha256')
    .update(items.map((item) => `${item.id} ${item.modified}`).join('\n'))
    .digest('hex')
    .slice(0, 32);
  const id = `urn:annals:collection:${digest}`;
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Annotations exported from Annals',
    total: items.length,
    first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
