import type { Annotation } from '../../../contract/index.ts';
import { safeFileNames } from './file-names.ts';
import { frontMatter } from './front-matter.ts';
import {
  articleNotes,
  type ExportedArticle,
  type ExportedFile,
  inTextOrder,
  isWebUrl,
  sourceUrl,
  toUtcIso,
} from './types.ts';

/** One Markdown file per article (Obsidian-friendly): front matter, the article's note, then its highlights. */
export function toMarkdownFiles(articles: ExportedArticle[]): ExportedFile[] {
  const names = safeFileNames(
    articles.map((entry) => entry.article.title),
    'md',
  );
  return articles.map((entry, index) => ({ fileName: names[index]!, content: articleMarkdown(entry) }));
}

function articleMarkdown({ article, annotations }: ExportedArticle): string {
  const url = sourceUrl(article);
  const parts = [
    frontMatter({
      title: article.title,
      url,
      author: article.byline,
      site: article.siteName,
      published: article.publishedAt,
      saved: article.savedAt,
      tags: article.tags.map(obsidianTag).filter(Boolean),
    }),
    '',
    `# ${plainText(oneLine(article.title))}`,
    '',
    [
      article.byline && `By ${plainText(oneLine(article.byline))}`,
      // The publisher's own date (publishedAt keeps its offset), not the UTC one.
      article.publishedAt && `published ${article.publishedAt.slice(0, 10)}`,
      `saved ${toUtcIso(article.savedAt).slice(0, 10)}`,
      link(article.siteName ?? 'Source', url),
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  ];
  const notes = articleNotes(annotations);
  if (notes.length > 0) parts.push('## Note', '', ...notes.flatMap((note) => [note.note.trim(), '']));
  const highlights = inTextOrder(annotations);
  const placed = highlights.filter((annotation) => !annotation.orphaned);
  const orphans = highlights.filter((annotation) => annotation.orphaned);
  if (placed.length > 0) parts.push('## Highlights', '');
  for (const annotation of placed) parts.push(...highlightBlock(annotation, article.id, url));
  if (orphans.length > 0) {
    parts.push(
      '## Text changed since these were highlighted',
      '',
      'The saved article no longer contains these words, so Annals could not place them in it.',
      '',
    );
    for (const annotation of orphans) parts.push(...highlightBlock(annotation, article.id, url));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function highlightBlock(annotation: Annotation, articleId: string, url: string): string[] {
  // Every line of a multi-line quote keeps its ">", so the quote stays one block.
  const quote = plainText(annotation.anchor?.exact ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${line}`.trimEnd());
  const lines = [...quote, ''];
  if (annotation.note.trim()) lines.push(annotation.note.trim(), '');
  const meta = [
    annotation.tags
      .map(obsidianTag)
      .filter(Boolean)
      .map((tag) => `#${tag}`)
      .join(' '),
    annotation.color,
    `highlighted ${toUtcIso(annotation.created).slice(0, 10)}`,
    `[Open in Annals](annals://article/${articleId}#annotation-${annotation.id})`,
    link('Source', url),
  ];
  lines.push(meta.filter(Boolean).join(' · '), '');
  return lines;
}

/** Obsidian tags hold letters, digits, "_", "-" and "/" only: spaces and other marks become dashes. */
function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Extended_Pictographic}_/-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A Markdown link for web addresses (spaces and brackets encoded so the link holds); anything else as plain text. */
function link(label: string, url: string): string {
  if (!isWebUrl(url)) return plainText(oneLine(url));
  const text = plainText(oneLine(label)).replace(/[[\]]/g, '\\$&');
  return `[${text}](${url.replace(/[\s()<>]/g, (char) => encodeURIComponent(char))})`;
}

const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Words from a web page shown as the words they are: a page's text may hold "<iframe …>" or
 * "&lt;", which Markdown apps (Obsidian among them) would render as HTML or an entity.
 */
const plainText = (value: string) => value.replace(/\\(?=[!-/:-@[-`{-~])|<|&(?=#?\w+;)/g, '\\$&');
