import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../contract/index.ts';
import { mimeTypeFor } from '../mime-types.ts';
import type { LibraryPaths } from './paths.ts';
import { type VersionMeta, versionIdOf } from './version-meta.ts';

/**
 * An article folder whose format-1 record (article.json) is gone while its text is still there (a sync
 * tool or a hand lost the file). Nothing is moved: the text becomes a version, named by its text as
 * every version is, and the rest of the record comes from what the index knew of the article.
 */
export interface LostRecordRebuild {
  /** The text found, as a version to write; null when the folder holds no text after all. */
  version: { meta: VersionMeta; html: string; text: string } | null;
  /** The article as the index knew it, or as its text tells it when the index did not know it either. */
  article: Article;
  /** What was recovered, for the reader. */
  message: string;
}

const WORDS_PER_MINUTE = 230;

export async function rebuildLostRecord(
  paths: LibraryPaths,
  id: string,
  /** The article as the index knew it (from its summary), if it did. */
  known: Article | undefined,
  context: { now: Date; device: string; highlights: number },
): Promise<LostRecordRebuild | null> {
  const dir = paths.articleDir(id);
  const [storedHtml, storedText] = await Promise.all([
    readFile(paths.articleHtml(id), 'utf8').catch(() => ''),
    readFile(paths.articleText(id), 'utf8').catch(() => ''),
  ]);
  const noText = storedHtml.trim() === '' && storedText.trim() === '';
  if (noText && !known) return null;
  const text = storedText.trim() !== '' ? storedText : textOfHtml(storedHtml);
  const html = storedHtml.trim() !== '' ? storedHtml : htmlOfText(text);
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const title = known?.title ?? firstLine(text);
  const now = context.now.toISOString();
  const article: Article = known ?? {
    id,
    url: `recovered:${id}`,
    canonicalUrl: null,
    sourceUrl: null,
    title,
    siteName: null,
    byline: null,
    excerpt: title.slice(0, 200),
    publishedAt: null,
    savedAt: now,
    updatedAt: now,
    state: 'unread',
    favorite: false,
    tags: [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    progress: 0,
    leadImage: null,
    lang: null,
    sample: false,
    annotationCount: context.highlights,
    feedId: null,
    readAt: null,
    archivedAt: null,
    scrollAnchor: null,
    assets: [],
    schema: 1,
  };
  const meta: VersionMeta = {
    versionId: versionIdOf(text),
    savedAt: article.savedAt,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    excerpt: article.excerpt,
    publishedAt: article.publishedAt,
    url: article.url,
    canonicalUrl: null,
    sourceUrl: article.sourceUrl,
    lang: article.lang,
    leadImage: article.leadImage,
    wordCount: known?.wordCount ?? wordCount,
    readingMinutes: article.readingMinutes,
    assets: await assetsIn(join(dir, 'assets')),
    source: 'restore',
    device: context.device,
  };
  if (noText) {
    return {
      version: null,
      article,
      message: `“${article.title}” had lost its record (article.json) and its text; Annals rebuilt the record from what the index knew of it. Fetch it again, or open an earlier version.`,
    };
  }
  const kept = [
    'its text',
    context.highlights > 0 ? `${context.highlights} highlight${context.highlights === 1 ? '' : 's'} and notes` : null,
    meta.assets.length > 0 ? `${meta.assets.length} image${meta.assets.length === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  const from = known
    ? 'what the index knew of it'
    : 'its text (the index did not know it: its title is its first line)';
  return {
    version: { meta, html, text },
    article,
    message: `“${article.title}” had lost its record (article.json); Annals rebuilt it from ${from}, and kept ${kept.join(', ')}. Nothing was moved.`,
  };
}

async function assetsIn(dir: string): Promise<VersionMeta['assets']> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const assets: VersionMeta['assets'] = [];
  for (const name of names.sort()) {
    const size = await stat(join(dir, name)).then(
      (info) => (info.isFile() ? info.size : null),
      () => null,
    );
    if (size !== null) assets.push({ file: `assets/${name}`, source: '', type: mimeTypeFor(name), bytes: size });
  }
  return assets;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim()
      .slice(0, 300) ?? 'A recovered article'
  );
}

/** Paragraphs of plain text as the reader's HTML (escaped). */
function htmlOfText(text: string): string {
  const escaped = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escaped(paragraph.trim())}</p>`)
    .join('\n');
}

/** A plain text of stored (already sanitized) HTML: blocks become paragraphs, tags go, entities are read. */
function textOfHtml(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|div|pre|tr)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (!name.startsWith('#')) return entities[name.toLowerCase()] ?? whole;
      const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
