import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AnnalsError, type HighlightColor, type Settings } from '../../../contract/index.ts';
import { AnnotationsFile } from '../../annotations/annotation-store.ts';
import { FeedsFile, type StoredFeed } from '../../feeds/feed-store.ts';
import { ArticleRecord } from '../../library/article-record.ts';
import { TagColorsFile } from '../../library/tag-colors.ts';
import { VersionMeta } from '../../library/version-meta.ts';
import { SettingsService } from '../../settings/settings-service.ts';
import { parseJsonText } from '../../storage/json-file.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../../storage/private-files.ts';
import type { SafeZip, SkippedZipEntry, ZipFile } from '../safe-zip.ts';
import {
  articleFilePath,
  classifyLibraryPath,
  INDEX_FILE,
  LEGACY_IMPORT_QUEUE_FILE,
  MANIFEST_FILE,
  SETTINGS_FILE,
} from './layout.ts';
import { checkManifest, type ManifestFile } from './manifest.ts';
import { ManifestCursor } from './manifest-cursor.ts';
import { StagedArticles } from './staged-articles.ts';
import { StoredHtmlSanitizer } from './stored-html-sanitizer.ts';

/** A backup checked against its manifest and written out, file by file, to a staging folder. */
export interface StagedBackup {
  dir: string;
  /** Its articles, read back from the staging folder one at a time as they are placed. */
  articles: StagedArticles;
  /** Library-level files staged as they are (stories.json, an import queue, feeds/icons/…), by path. */
  otherFiles: string[];
  feeds: StoredFeed[];
  tagColors: Record<string, HighlightColor>;
  settings: Settings | null;
  skipped: SkippedFiles;
}

const AnyJson = z.unknown();
/** Files staged at once. */
const STAGED_AT_ONCE = 8;
/** Folders known to exist, remembered to spare a call each: an archive can hold a million. */
const FOLDERS_REMEMBERED = 1_000;
/** Backups of this many articles or more have their HTML sanitized in a worker thread. */
const WORKER_FROM_ARTICLES = 200;
/** Skipped files listed one by one; past this many, the rest are counted. */
const SKIPPED_LISTED = 500;
/** JSON files are parsed in memory: none of a library's comes near this. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** An article's stored HTML is sanitized in memory: a saved page is at most 10 MB. */
const MAX_HTML_BYTES = 16 * 1024 * 1024;
/** An article's text as stored: content.html (format 1) or a version's HTML (format 2). */
const STORED_HTML = /^(?:content|versions\/[a-f0-9]{20})\.html$/;

/**
 * Reads a backup and stages what may be restored. The archive as a whole is refused (AnnalsError)
 * when it is no Annals backup or its manifest does not match its files; single files that do not
 * belong to a library or cannot be read are skipped with a reason. Files are streamed from the
 * archive to the staging folder and checked against the manifest's size and SHA-256 as they pass;
 * only JSON files are held in memory, one at a time.
 */
export async function stageBackup(
  zip: SafeZip,
  dir: string,
  { workerFromArticles = WORKER_FROM_ARTICLES }: { workerFromArticles?: number } = {},
): Promise<StagedBackup> {
  const { expected, articleCount } = await readManifestOf(zip);
  // A worker takes a moment to start: a backup of a few articles is sanitized as quickly here.
  const sanitizer = new StoredHtmlSanitizer(articleCount >= workerFromArticles ? {} : { workerUrl: null });
  try {
    return await stageFiles(zip, dir, expected, sanitizer);
  } finally {
    await Promise.all([expected.close(), sanitizer.close()]);
  }
}

async function stageFiles(
  zip: SafeZip,
  dir: string,
  expected: ManifestCursor,
  sanitizer: StoredHtmlSanitizer,
): Promise<StagedBackup> {
  const skipped = new SkippedFiles();
  const staged: Omit<StagedBackup, 'articles'> = {
    dir,
    otherFiles: [],
    feeds: [],
    tagColors: {},
    settings: null,
    skipped,
  };
  // Files the manifest does not list are never even inflated; each listed one is taken out as it is met.
  let listed: ManifestFile | undefined;
  const listedOnly = async (path: string) => {
    if (path === MANIFEST_FILE) return false;
    listed = await expected.take(path);
    if (listed) return true;
    staged.skipped.push({ path, reason: 'it is not listed in the backup’s manifest' });
    return false;
  };
  const stager = new Stager(zip, staged, sanitizer);
  // A few files are staged at once: the writes of one overlap the reading and inflating of the next.
  const inFlight = new Set<Promise<void>>();
  try {
    // The manifest gives each name once: a second file by a name already taken is not listed.
    for await (const item of zip.files(listedOnly, { duplicates: 'caller' })) {
      if ('reason' in item) {
        // It is in the archive, refused for the reason given: that reason is what the reader is told.
        await expected.take(item.path);
        staged.skipped.push(item);
        continue;
      }
      const file = listed!;
      // A size that differs from the manifest's is refused before a byte is inflated.
      if (item.size !== file.bytes) throw mismatch(item.path);
      const task: Promise<void> = stager.stage(item, file).finally(() => inFlight.delete(task));
      task.catch(() => {}); // awaited below; a failure meanwhile must not go unhandled
      inFlight.add(task);
      if (inFlight.size >= STAGED_AT_ONCE) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } catch (error) {
    await Promise.allSettled(inFlight);
    throw error;
  }
  const missing = await expected.anyLeft();
  if (missing !== undefined) {
    throw new AnnalsError('BAD_INPUT', `The backup is damaged: ${missing} is in its manifest but not in the archive.`);
  }
  // Nothing is held of each article while staging: its folder says it all when it is its turn.
  return { ...staged, articles: await StagedArticles.of(dir, skipped) };
}

/**
 * The manifest's files (what each must weigh and hash to): checked whole as it streams out, then read
 * again beside the archive's files, which come in the order it lists them.
 */
async function readManifestOf(zip: SafeZip): Promise<{ expected: ManifestCursor; articleCount: number }> {
  let manifest: ZipFile | undefined;
  for await (const item of zip.files((path) => path === MANIFEST_FILE)) {
    if (!('reason' in item)) manifest = item;
  }
  // Every file it lists must be in the archive: it cannot list more than the archive holds.
  const { articleCount } = await checkManifest(manifest && zip.chunks(manifest), zip.fileCount);
  return { expected: new ManifestCursor(zip.chunks(manifest!)), articleCount };
}

/**
 * Files skipped, with why. A hostile archive can hold a million files to skip: the reader is shown
 * the first few hundred and a count, and no more than that is ever held.
 */
export class SkippedFiles {
  private readonly listed: SkippedZipEntry[] = [];
  private more = 0;

  push(entry: SkippedZipEntry): void {
    if (this.listed.length < SKIPPED_LISTED) this.listed.push(entry);
    else this.more++;
  }

  list(): SkippedZipEntry[] {
    if (this.more === 0) return [...this.listed];
    const more = {
      path: `${this.more.toLocaleString('en')} more files`,
      reason: 'skipped for reasons like those above',
    };
    return [...this.listed, more];
  }
}

function mismatch(path: string): AnnalsError {
  return new AnnalsError('BAD_INPUT', `The backup is damaged: ${path} does not match its checksum.`);
}

/** Puts each checked file of the archive in its place in the staging folder. */
class Stager {
  private readonly folders = new Set<string>();

  constructor(
    private readonly zip: SafeZip,
    private readonly staged: Omit<StagedBackup, 'articles'>,
    private readonly sanitizer: StoredHtmlSanitizer,
  ) {}

  async stage(file: ZipFile, listed: ManifestFile): Promise<void> {
    const { path } = file;
    // Rebuilt from the article folders: the index, and the list of imported articles still to fetch.
    if (path === INDEX_FILE || path === LEGACY_IMPORT_QUEUE_FILE) return;
    if (path === SETTINGS_FILE) {
      const parsed = parseJsonText(decode(await this.json(file, listed)), AnyJson);
      if (parsed.status === 'ok') this.staged.settings = SettingsService.sanitize(parsed.value);
      else this.staged.skipped.push({ path, reason: `the settings cannot be read (${reasonOf(parsed)})` });
      return;
    }
    const place = classifyLibraryPath(path);
    if (!place) {
      this.staged.skipped.push({ path, reason: 'it is not part of an Annals library' });
      return;
    }
    if (place.kind === 'library') await this.libraryFile(place.name, await this.json(file, listed));
    else if (place.kind === 'other') {
      await this.streamed(file, listed);
      this.staged.otherFiles.push(path);
    } else {
      // Its folder is made even when none of its files can be staged: then it is reported as unusable.
      await this.folder(join(this.staged.dir, 'articles', place.id));
      if (place.file.endsWith('.json')) await this.articleJson(place.id, place.file, await this.json(file, listed));
      else if (STORED_HTML.test(place.file)) await this.articleHtml(file, listed);
      else await this.streamed(file, listed);
    }
  }

  /**
   * An article's text as HTML, sanitized exactly as a save sanitizes it: a backup can bring no markup
   * (SVG images, filters, backgrounds, posters, scripts) that a saved page could not.
   */
  private async articleHtml(file: ZipFile, listed: ManifestFile): Promise<void> {
    if (file.size > MAX_HTML_BYTES) {
      this.staged.skipped.push({ path: file.path, reason: 'it is larger than any article Annals saves (16 MB)' });
      return;
    }
    const bytes = await this.json(file, listed, MAX_HTML_BYTES);
    const html = decode(bytes);
    const clean = await this.sanitizer.sanitize(html);
    await this.put(file.path, clean === html ? bytes : encode(clean));
  }

  /** A JSON file (or another read whole), in memory, checked against the manifest. */
  private async json(file: ZipFile, listed: ManifestFile, maxBytes = MAX_JSON_BYTES): Promise<Uint8Array> {
    const bytes = await this.zip.bytes(file, maxBytes);
    if (createHash('sha256').update(bytes).digest('hex') !== listed.sha256) throw mismatch(file.path);
    return bytes;
  }

  /** Any other file, streamed to the staging folder and checked as it passes. */
  private async streamed(file: ZipFile, listed: ManifestFile): Promise<void> {
    const target = join(this.staged.dir, file.path);
    await this.folder(dirname(target));
    const hash = createHash('sha256');
    const zip = this.zip;
    await writeFile(
      target,
      (async function* () {
        for await (const chunk of zip.chunks(file)) {
          hash.update(chunk);
          yield chunk;
        }
      })(),
      { mode: PRIVATE_FILE_MODE },
    );
    if (hash.digest('hex') !== listed.sha256) throw mismatch(file.path);
  }

  private async libraryFile(name: string, bytes: Uint8Array): Promise<void> {
    const schema = name === 'feeds.json' ? FeedsFile : name === 'tags.json' ? TagColorsFile : AnyJson;
    const parsed = parseJsonText(decode(bytes), schema);
    if (parsed.status !== 'ok') {
      this.staged.skipped.push({ path: name, reason: `it cannot be read (${reasonOf(parsed)})` });
      return;
    }
    if (name === 'feeds.json') this.staged.feeds = (parsed.value as z.output<typeof FeedsFile>).feeds;
    else if (name === 'tags.json') this.staged.tagColors = (parsed.value as z.output<typeof TagColorsFile>).colors;
    else {
      await this.put(name, bytes);
      this.staged.otherFiles.push(name);
    }
  }

  private async articleJson(id: string, file: string, bytes: Uint8Array): Promise<void> {
    const path = articleFilePath(id, file);
    // The record is staged as it came: it is checked when it is the article's turn to be placed.
    if (file !== 'article.json') {
      const parsed = parseJsonText(decode(bytes), articleJsonSchema(file));
      if (parsed.status !== 'ok') {
        this.staged.skipped.push({ path, reason: `it cannot be read (${reasonOf(parsed)})` });
        return;
      }
      if (file === 'annotations.json') {
        const stored = (parsed.value as z.output<typeof AnnotationsFile>).annotations;
        // Highlights always belong to the folder they are in, whatever a damaged file says.
        if (stored.some((annotation) => annotation.articleId !== id)) {
          const annotations = stored.map((annotation) => ({ ...annotation, articleId: id }));
          bytes = encode(JSON.stringify({ schema: 1, annotations }, null, 2));
        }
      }
    }
    await this.put(path, bytes);
  }

  private async put(path: string, bytes: Uint8Array): Promise<void> {
    const target = join(this.staged.dir, path);
    await this.folder(dirname(target));
    await writeFile(target, bytes, { mode: PRIVATE_FILE_MODE });
  }

  private async folder(path: string): Promise<void> {
    if (this.folders.has(path)) return;
    await makePrivateFolder(path);
    // An article's files come together: the folders made lately are all worth remembering.
    if (this.folders.size >= FOLDERS_REMEMBERED) this.folders.clear();
    this.folders.add(path);
  }
}

/** What an article's JSON file must hold to be staged: a device's record and a version's metadata are checked whole. */
function articleJsonSchema(file: string): z.ZodType {
  if (file === 'annotations.json') return AnnotationsFile;
  if (file.startsWith('records/')) return ArticleRecord;
  if (file.startsWith('versions/')) return VersionMeta;
  return AnyJson;
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
