import type { Annotation } from '../../contract/index.ts';
import type { Library } from '../library/library.ts';
import { matchesTags } from '../library/tags.ts';
import type { Annotations } from './annotations.ts';
import { toMarkdownFiles, toPrintableHtml, toReadwiseCsv, toWebAnnotations } from './export/index.ts';
import type { ExportedArticle } from './export/types.ts';

export interface ExportRequest {
  format: 'md' | 'jsonld' | 'csv' | 'html';
  articleId?: string;
  /** Only articles carrying this tag, and highlights carrying it elsewhere. */
  tag?: string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** Gathers what to export from the library and renders it in the chosen format. */
export async function exportAnnotations(
  library: Library,
  annotations: Annotations,
  request: ExportRequest,
): Promise<ExportFile[]> {
  const articles = await gather(library, annotations, request);
  const stamp = new Date().toISOString().slice(0, 10);
  switch (request.format) {
    case 'md':
      return toMarkdownFiles(articles).map((file) => ({ ...file, mimeType: 'text/markdown' }));
    case 'jsonld':
      return [
        {
          fileName: `annals-annotations-${stamp}.jsonld`,
          mimeType: 'application/ld+json',
          content: JSON.stringify(toWebAnnotations(articles), null, 2),
        },
      ];
    case 'csv':
      return [{ fileName: `annals-highlights-${stamp}.csv`, mimeType: 'text/csv', content: toReadwiseCsv(articles) }];
    case 'html':
      return [
        {
          fileName: `annals-annotations-${stamp}.html`,
          mimeType: 'text/html',
          content: toPrintableHtml(articles, { title: 'Annotations from Annals' }),
        },
      ];
  }
}

async function gather(library: Library, annotations: Annotations, request: ExportRequest): Promise<ExportedArticle[]> {
  const candidates = request.articleId
    ? [library.summary(request.articleId)]
    : library.list('all', 'saved').filter((article) => article.annotationCount > 0);
  const exported: ExportedArticle[] = [];
  for (const summary of candidates) {
    const tagged = request.tag ? matchesTags(summary.tags, [request.tag], 'all') : true;
    let items: Annotation[] = await annotations.list(summary.id);
    if (!tagged && request.tag)
      items = items.filter((annotation) => matchesTags(annotation.tags, [request.tag ?? ''], 'all'));
    if (items.length === 0 && !request.articleId) continue;
    const [article, { text }] = await Promise.all([library.get(summary.id), library.content(summary.id)]);
    exported.push({ article: { ...summary, canonicalUrl: article.canonicalUrl }, text, annotations: items });
  }
  return exported;
}
