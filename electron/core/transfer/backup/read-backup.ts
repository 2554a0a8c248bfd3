import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AnnalsError, type Annotation, Article, type HighlightColor, type Settings } from '../../../contract/index.ts';
import { AnnotationsFile } from '../../annotations/annotation-store.ts';
import { FeedsFile, type StoredFeed } from '../../feeds/feed-store.ts';
import { TagColorsFile } from '../../library/tag-colors.ts';
import { SettingsService } from '../../settings/settings-service.ts';
import { parseJsonText } from '../../storage/json-file.ts';
import { DEFAULT_ZIP_LIMITS, readZip, type SkippedZipEntry, type ZipLimits } from '../safe-zip.ts';
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
  const zip = readZip(data, limits);
  const byPath = new Map(zip.entries.map((entry) => [entry.path, entry.bytes]));
  const manifest = parseManifest(byPath.get(MANIFEST_FILE));
  const skipped: SkippedZipEntry[] = [...zip.skipped];
  const listed = new Set<string>();
  for (const file of manifest.files) {
    const bytes = byPath.get(file.path);
    if (!bytes) {
      throw new AnnalsError(
        'BAD_INPUT',
        `The backup is damaged: ${file.path} is in its manifest but not in the archive.`,
      );
    }
    if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
      throw new AnnalsError('BAD_INPUT', `The backup is damaged: ${file.path} does not match its checksum.`);
    }
    listed.add(file.path);
  }
  for (const path of byPath.keys()) {
    if (path !== MANIFEST_FILE && !listed.has(path))
      skipped.push({ path, reason: 'it is not listed in the backup’s manifest' });
  }

  const staged: StagedBackup = { dir, articles: [], otherFiles: [], feeds: [], tagColors: {}, settings: null, skipped };
  const articleFiles = new Map<string, Map<string, Uint8Array>>();
  for (const path of listed) {
    const bytes = byPath.get(path)!;
    if (path === SETTINGS_FILE) {
      const parsed = parseJsonText(decode(bytes), AnyJson);
      if (parsed.status === 'ok') staged.settings = SettingsService.sanitize(parsed.value);
      else skipped.push({ path, reason: `the settings cannot be read (${reasonOf(parsed)})` });
      continue;
    }
    if (path === INDEX_FILE) continue; // the index is rebuilt from the article folders
    const place = classifyLibraryPath(path);
    if (!place) {
      skipped.push({ path, reason: 'it is not part of an Annals library' });
    } else if (place.kind === 'article') {
      const files = articleFiles.get(place.id) ?? new Map<string, Uint8Array>();
      files.set(place.file, bytes);
      articleFiles.set(place.id, files);
    } else {
      await stageLibraryFile(staged, place.name, bytes);
    }
  }
  for (const [id, files] of [...articleFiles].sort(([a], [b]) => a.localeCompare(b))) {
    const article = await stageArticle(staged, id, files);
    if (article) staged.articles.push(article);
  }
  return staged;
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

async function stageArticle(
  staged: StagedBackup,
  id: string,
  files: Map<string, Uint8Array>,
): Promise<StagedArticle | null> {
  const folder = `articles/${id}`;
  const recordBytes = files.get('article.json');
  const record = recordBytes ? parseJsonText(decode(recordBytes), Article) : ({ status: 'missing' } as const);
  if (record.status !== 'ok' || record.value.id !== id) {
    const why =
      record.status === 'ok'
        ? 'it names another article'
        : record.status === 'missing'
          ? 'it is missing'
          : record.reason;
    staged.skipped.push({ path: folder, reason: `its record (article.json) cannot be used: ${why}` });
    return null;
  }
  let annotations: Annotation[] | null = null;
  const kept: string[] = [];
  for (const [file, bytes] of files) {
    if (file.endsWith('.json') && file !== 'article.json') {
      const parsed = parseJsonText(decode(bytes), file === 'annotations.json' ? AnnotationsFile : AnyJson);
      if (parsed.status !== 'ok') {
        staged.skipped.push({ path: `${folder}/${file}`, reason: `it cannot be read (${reasonOf(parsed)})` });
        continue;
      }
      if (file === 'annotations.json') {
        const stored = (parsed.value as z.output<typeof AnnotationsFile>).annotations;
        // Highlights always belong to the folder they are in, whatever a damaged file says.
        annotations = stored.map((annotation) => ({ ...annotation, articleId: id }));
        if (stored.some((annotation) => annotation.articleId !== id)) {
          await put(join(staged.dir, folder, file), encode(JSON.stringify({ schema: 1, annotations }, null, 2)));
          kept.push(file);
          continue;
        }
      }
    }
    await put(join(staged.dir, folder, file), bytes);
    kept.push(file);
  }
  return { id, record: record.value, annotations, files: kept };
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
