import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AnnalsError, type Annotation, Article, type HighlightColor, type Settings } from '../../../contract/index.ts';
import { AnnotationsFile } from '../../annotations/annotation-store.ts';
import { FeedsFile, type StoredFeed } from '../../feeds/feed-store.ts';
import { readArticleFiles } from '../../library/article-files.ts';
import { mergeArticle } from '../../library/merge-article.ts';
import { LibraryPaths } from '../../library/paths.ts';
import { TagColorsFile } from '../../library/tag-colors.ts';
import { SettingsService } from '../../settings/settings-service.ts';
import { parseJsonText } from '../../storage/json-file.ts';
import { DEFAULT_ZIP_LIMITS, readZip, type SkippedZipEntry, type ZipLimits, zipEntries } from '../safe-zip.ts';
import { classifyLibraryPath, INDEX_FILE, MANIFEST_FILE, SETTINGS_FILE } from './layout.ts';
import { parseManifest } from './manifest.ts';

export interface StagedArticle {
  id: string;
  record: Article;
  /** Its highlights and note, or null when the backup holds none (or only a damaged file). */
  annotations: Annotation[] | null;
  /** Files of its folder in the staging area, relative to the folder. */
  files: string[];
}

/** A backup checked against its manifest and written out, file by file, to a staging folder. */
export interface StagedBackup {
  dir: string;
  articles: StagedArticle[];
  /** Library-level files staged as they are (stories.json, an import queue…), by name. */
  otherFiles: string[];
  feeds: StoredFeed[];
  tagColors: Record<string, HighlightColor>;
  settings: Settings | null;
  skipped: SkippedZipEntry[];
}

const AnyJson = z.unknown();

/**
 * Reads a backup and stages what may be restored. The archive as a whole is refused (AnnalsError)
 * when it is no Annals backup or its manifest does not match its files; single files that do not
 * belong to a library or cannot be read are skipped with a reason.
 */
export async function stageBackup(
  data: Uint8Array,
  dir: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<StagedBackup> {
  // The manifest first (only it is inflated), then every file once, checked and staged as it comes.
  const manifestEntry = readZip(data, limits, (path) => path === MANIFEST_FILE).entries[0];
  const manifest = parseManifest(manifestEntry?.bytes);
  const expected = new Map(manifest.files.map((file) => [file.path, file]));
  const staged: StagedBackup = {
    dir,
    articles: [],
    otherFiles: [],
    feeds: [],
    tagColors: {},
    settings: null,
    skipped: [],
  };
  const articles = new Map<string, ArticleFiles>();
  // Files the manifest does not list are never even inflated.
  const listedOnly = (path: string) => {
    if (path === MANIFEST_FILE) return false;
    if (expected.has(path)) return true;
    staged.skipped.push({ path, reason: 'it is not listed in the backup’s manifest' });
    return false;
  };
  for (const item of zipEntries(data, limits, listedOnly)) {
    if ('reason' in item) {
      staged.skipped.push(item);
      continue;
    }
    const { path, bytes } = item;
    const listed = expected.get(path)!;
    if (bytes.length !== listed.bytes || sha256(bytes) !== listed.sha256) {
      throw new AnnalsError('BAD_INPUT', `The backup is damaged: ${path} does not match its checksum.`);
    }
    expected.delete(path);
    await stageFile(staged, articles, path, bytes);
  }
  const [missing] = expected.keys();
  if (missing !== undefined) {
    throw new AnnalsError('BAD_INPUT', `The backup is damaged: ${missing} is in its manifest but not in the archive.`);
  }
  for (const [id, files] of [...articles].sort(([a], [b]) => a.localeCompare(b))) {
    const article = await finishArticle(staged, id, files);
    if (article) staged.articles.push(article);
  }
  return staged;
}

/** What arrived of one article folder: its record and highlights parsed, its other files staged. */
interface ArticleFiles {
  record: Uint8Array | null;
  annotations: Annotation[] | null;
  files: string[];
}

async function stageFile(
  staged: StagedBackup,
  articles: Map<string, ArticleFiles>,
  path: string,
  bytes: Uint8Array,
): Promise<void> {
  if (path === SETTINGS_FILE) {
    const parsed = parseJsonText(decode(bytes), AnyJson);
    if (parsed.status === 'ok') staged.settings = SettingsService.sanitize(parsed.value);
    else staged.skipped.push({ path, reason: `the settings cannot be read (${reasonOf(parsed)})` });
    return;
  }
  if (path === INDEX_FILE) return; // the index is rebuilt from the article folders
  const place = classifyLibraryPath(path);
  if (!place) {
    staged.skipped.push({ path, reason: 'it is not part of an Annals library' });
    return;
  }
  if (place.kind === 'library') {
    await stageLibraryFile(staged, place.name, bytes);
    return;
  }
  const article = articles.get(place.id) ?? { record: null, annotations: null, files: [] };
  articles.set(place.id, article);
  await stageArticleFile(staged, place.id, article, place.file, bytes);
}

async function stageLibraryFile(staged: StagedBackup, name: string, bytes: Uint8Array): Promise<void> {
  const schema = name === 'feeds.json' ? FeedsFile : name === 'tags.json' ? TagColorsFile : AnyJson;
  const parsed = parseJsonText(decode(bytes), schema);
  if (parsed.status !== 'ok') {
    staged.skipped.push({ path: name, reason: `it cannot be read (${reasonOf(parsed)})` });
    return;
  }
  if (name === 'feeds.json') staged.feeds = (parsed.value as z.output<typeof FeedsFile>).feeds;
  else if (name === 'tags.json') staged.tagColors = (parsed.value as z.output<typeof TagColorsFile>).colors;
  else {
    await put(join(staged.dir, name), bytes);
    staged.otherFiles.push(name);
  }
}

async function stageArticleFile(
  staged: StagedBackup,
  id: string,
  article: ArticleFiles,
  file: string,
  bytes: Uint8Array,
): Promise<void> {
  const folder = `articles/${id}`;
  if (file === 'article.json') article.record = bytes;
  else if (file.endsWith('.json')) {
    const parsed = parseJsonText(decode(bytes), file === 'annotations.json' ? AnnotationsFile : AnyJson);
    if (parsed.status !== 'ok') {
      staged.skipped.push({ path: `${folder}/${file}`, reason: `it cannot be read (${reasonOf(parsed)})` });
      return;
    }
    if (file === 'annotations.json') {
      const stored = (parsed.value as z.output<typeof AnnotationsFile>).annotations;
      // Highlights always belong to the folder they are in, whatever a damaged file says.
      article.annotations = stored.map((annotation) => ({ ...annotation, articleId: id }));
      if (stored.some((annotation) => annotation.articleId !== id)) {
        bytes = encode(JSON.stringify({ schema: 1, annotations: article.annotations }, null, 2));
      }
    }
  }
  await put(join(staged.dir, folder, file), bytes);
  article.files.push(file);
}

/**
 * An article is restored only with a readable record of its own (article.json, or the records and
 * versions of library format 2, merged as a library would); else its staged files are dropped.
 */
async function finishArticle(staged: StagedBackup, id: string, article: ArticleFiles): Promise<StagedArticle | null> {
  const folder = `articles/${id}`;
  if (!article.record && article.files.some((file) => file.startsWith('records/') || file.startsWith('versions/'))) {
    const merged = await mergeStagedFolder(staged, id);
    if (merged) return { id, record: merged.article, annotations: merged.annotations, files: article.files };
  }
  const record = article.record ? parseJsonText(decode(article.record), Article) : ({ status: 'missing' } as const);
  if (record.status !== 'ok' || record.value.id !== id) {
    const why =
      record.status === 'ok'
        ? 'it names another article'
        : record.status === 'missing'
          ? 'it is missing'
          : record.reason;
    staged.skipped.push({ path: folder, reason: `its record (article.json) cannot be used: ${why}` });
    await rm(join(staged.dir, folder), { recursive: true, force: true });
    return null;
  }
  return { id, record: record.value, annotations: article.annotations, files: article.files };
}

/** A format-2 article folder of the backup as a library would show it. */
async function mergeStagedFolder(staged: StagedBackup, id: string) {
  const paths = new LibraryPaths(staged.dir, 'restoring');
  const report = (message: string) => staged.skipped.push({ path: `articles/${id}`, reason: message });
  const files = await readArticleFiles(paths, id, { readOnly: true, now: () => new Date(), report });
  if (!files) return null;
  const merged = mergeArticle({ id, ...files });
  return merged && !merged.deleted ? merged : null;
}

async function put(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

function reasonOf(result: { status: 'missing' } | { status: 'corrupt'; reason: string }): string {
  return result.status === 'corrupt' ? result.reason : 'it is missing';
}
