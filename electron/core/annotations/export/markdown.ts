import type { Annotation } from '../../../contract/index.ts';
import { safeFileNames } from './file-names.ts';
import { articleNote, type ExportedArticle, type ExportedFile, inTextOrder, sourceUrl } from './types.ts';

/** One Markdown file per article: YAML front matter, the article's note, then its highlights. */
export function toMarkdownFiles(articles: ExportedArticle[]): ExportedFile[] {
  const names = safeFileNames(
    articles.map((entry) => entry.article.title),
    'md',
  );
  return articles.map((entry, index) => ({ fileName: names[index]!, content: articleMarkdown(entry) }));
}

function articleMarkdown({ article, annotations }: ExportedArticle): string {
  const front = [
    '---',
    `title: ${yaml(article.title)}`,
    `url: ${yaml(sourceUrl(article))}`,
    `author: ${yaml(article.byline ?? '')}`,
    `site: ${yaml(article.siteName ?? '')}`,
    `published: ${yaml(article.publishedAt ?? '')}`,
    `saved: ${yaml(article.savedAt)}`,
    `tags: [${article.tags.map(yaml).join(', ')}]`,
    '---',
    '',
    `# ${article.title}`,
    '',
    `Source: [${article.siteName ?? sourceUrl(article)}](${sourceUrl(article)})`,
    '',
  ];
  const parts = [...front];
  const note = articleNote(annotations);
  if (note?.note) parts.push('## Note', '', note.note.trim(), '');
  const highlights = inTextOrder(annotations);
  const placed = highlights.filter((annotation) => !annotation.orphaned);
  const orphans = highlights.filter((annotation) => annotation.orphaned);
  if (placed.length > 0) parts.push('## Highlights', '');
  for (const annotation of placed) parts.push(...highlightBlock(annotation, article.id));
  if (orphans.length > 0) {
    parts.push('## No longer in the text', '', 'The article changed after these were highlighted.', '');
    for (const annotation of orphans) parts.push(...highlightBlock(annotation, article.id));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function highlightBlock(annotation: Annotation, articleId: string): string[] {
  const quote = (annotation.anchor?.exact ?? '').split('\n').map((line) => `> ${line}`.trimEnd());
  const lines = [...quote, ''];
  if (annotation.note.trim()) lines.push(annotation.note.trim(), '');
  const tags = annotation.tags.map((tag) => `#${tag.replace(/\s+/g, '-')}`).join(' ');
  const meta = [
    `colour: ${annotation.color}`,
    tags,
    `[in Annals](annals://article/${articleId}#annotation-${annotation.id})`,
  ]
    .filter(Boolean)
    .join(' · ');
  lines.push(meta, '');
  return lines;
}

/** A YAML scalar that stays a string whatever it holds (quotes, colons, leading dashes, newlines). */
function yaml(value: string): string {
  return JSON.stringify(value);
}
