import type { Annotation } from '../../../contract/index.ts';
import { highlightColors } from './colors.ts';
import { escapeHtml } from './escape-html.ts';
import { renderNoteHtml } from './note-html.ts';
import { articleNotes, type ExportedArticle, inTextOrder, isWebUrl, sourceUrl, toUtcIso } from './types.ts';

/**
 * A standalone page to read or print. No scripts, and a CSP that would stop one anyway; every
 * string from an article or the reader is escaped, and notes go through renderNoteHtml.
 */
export function toPrintableHtml(articles: ExportedArticle[], options: { title?: string } = {}): string {
  const title = options.title ?? 'Annotations';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${articles.map(articleSection).join('\n')}
</body>
</html>
`;
}

function articleSection({ article, annotations }: ExportedArticle): string {
  const url = sourceUrl(article);
  const meta = [
    article.byline && `By ${escapeHtml(article.byline)}`,
    article.siteName && escapeHtml(article.siteName),
    // The publisher's own date (publishedAt keeps its offset), not the UTC one.
    article.publishedAt && `published ${escapeHtml(article.publishedAt.slice(0, 10))}`,
    `saved ${escapeHtml(toUtcIso(article.savedAt).slice(0, 10))}`,
  ].filter(Boolean);
  const notes = articleNotes(annotations);
  const highlights = inTextOrder(annotations);
  const placed = highlights.filter((annotation) => !annotation.orphaned);
  const orphans = highlights.filter((annotation) => annotation.orphaned);
  return `<article${article.lang ? ` lang="${escapeHtml(article.lang)}"` : ''}>
<h2>${escapeHtml(article.title)}</h2>
<p class="meta">${meta.join(' · ')}</p>
<p class="meta source">${isWebUrl(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url)}</p>
${notes.map((note) => `<section class="article-note"><h3>Note</h3>${renderNoteHtml(note.note)}</section>`).join('\n')}
${placed.length > 0 ? `<ol class="highlights">\n${placed.map(highlightItem).join('\n')}\n</ol>` : ''}
${
  orphans.length > 0
    ? `<section class="orphans"><h3>Text changed since these were highlighted</h3>
<p class="meta">The saved article no longer contains these words, so Annals could not place them in it.</p>
<ol class="highlights">\n${orphans.map(highlightItem).join('\n')}\n</ol></section>`
    : ''
}
</article>`;
}

function highlightItem(annotation: Annotation): string {
  const meta = [
    ...annotation.tags.map((tag) => `#${escapeHtml(tag)}`),
    escapeHtml(annotation.color),
    `highlighted ${escapeHtml(toUtcIso(annotation.created).slice(0, 10))}`,
  ];
  return `<li class="highlight color-${escapeHtml(annotation.color)}">
<blockquote>${escapeHtml(annotation.anchor?.exact ?? '')}</blockquote>
${annotation.note.trim() ? `<div class="note">${renderNoteHtml(annotation.note)}</div>` : ''}
<p class="meta">${meta.join(' · ')}</p>
</li>`;
}

const STYLE = `body { font: 16px/1.55 Georgia, 'DejaVu Serif', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.8rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.3rem; }
h3 { font: 600 0.95rem/1.4 system-ui, sans-serif; margin: 1.5rem 0 0.4rem; }
.meta { color: #5f6368; font: 0.85rem/1.4 system-ui, sans-serif; margin: 0.2rem 0; overflow-wrap: anywhere; }
a { color: inherit; }
ol.highlights { list-style: none; padding: 0; }
li.highlight { margin: 1.2rem 0; break-inside: avoid; }
blockquote { margin: 0; padding: 0.1rem 0 0.1rem 0.8rem; border-left: 6px solid #ccc; white-space: pre-line; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
${Object.entries(highlightColors)
  .map(([color, value]) => `.color-${color} blockquote { border-left-color: ${value}; }`)
  .join('\n')}
.note, .article-note { font: 0.95rem/1.5 system-ui, sans-serif; }
.note { margin: 0.4rem 0 0 1.4rem; }
.orphans blockquote { border-left-style: dashed; }
@media print {
  body { margin: 0; max-width: none; }
  article + article { break-before: page; }
}`;
