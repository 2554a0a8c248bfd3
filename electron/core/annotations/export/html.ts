import { renderNoteHtml } from './note-html.ts';
import { articleNote, type ExportedArticle, inTextOrder, sourceUrl } from './types.ts';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const colors: Record<string, string> = {
  yellow: '#e8c229',
  green: '#5bb356',
  blue: '#4d9ae0',
  pink: '#e2679a',
  purple: '#9a70e0',
};

/** A standalone page to read or print: no scripts, every string escaped, notes sanitized. */
export function toPrintableHtml(articles: ExportedArticle[], options: { title?: string } = {}): string {
  const title = options.title ?? 'Annotations';
  const sections = articles.map(({ article, annotations }) => {
    const note = articleNote(annotations);
    const url = sourceUrl(article);
    const safeUrl = /^https?:/i.test(url) ? url : '';
    const meta = [article.byline, article.siteName, article.publishedAt?.slice(0, 10)]
      .filter(Boolean)
      .map((v) => escapeHtml(v!));
    const items = inTextOrder(annotations)
      .map(
        (annotation) => `<li class="${annotation.orphaned ? 'orphan' : ''}">
  <blockquote style="border-color:${colors[annotation.color] ?? '#999'}">${escapeHtml(annotation.anchor?.exact ?? '')}</blockquote>
  ${annotation.note ? `<div class="note">${renderNoteHtml(annotation.note)}</div>` : ''}
  ${annotation.tags.length > 0 ? `<p class="tags">${annotation.tags.map((tag) => `#${escapeHtml(tag)}`).join(' ')}</p>` : ''}
  ${annotation.orphaned ? '<p class="tags">No longer in the article’s text.</p>' : ''}
</li>`,
      )
      .join('\n');
    return `<article>
<h2>${escapeHtml(article.title)}</h2>
<p class="meta">${meta.join(' · ')}${safeUrl ? ` · <a href="${escapeHtml(safeUrl)}">${escapeHtml(safeUrl)}</a>` : ''}</p>
<p class="meta">Saved ${escapeHtml(article.savedAt.slice(0, 10))}</p>
${note?.note ? `<div class="article-note">${renderNoteHtml(note.note)}</div>` : ''}
<ol>${items}</ol>
</article>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body { font: 16px/1.55 Georgia, 'DejaVu Serif', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; }
.meta, .tags { color: #5f6368; font: 0.85rem/1.4 system-ui, sans-serif; margin: 0.2rem 0; }
ol { list-style: none; padding: 0; } li { margin: 1rem 0; break-inside: avoid; }
blockquote { margin: 0; padding-left: 0.8rem; border-left: 4px solid; }
.note, .article-note { margin: 0.4rem 0 0 1rem; font-family: system-ui, sans-serif; font-size: 0.95rem; }
.orphan blockquote { opacity: 0.7; border-left-style: dashed; }
article { break-before: page; } article:first-of-type { break-before: auto; }
</style></head>
<body><h1>${escapeHtml(title)}</h1>
${sections.join('\n')}
</body></html>
`;
}
