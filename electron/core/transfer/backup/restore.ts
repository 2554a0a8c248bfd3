import { rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, Settings } from '../../../contract/index.ts';
import { noteValue, recordCreated, recordFields, recordNote } from '../../annotations/annotation-records.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import type { Feeds } from '../../feeds/feeds.ts';
import type { HeldLibrary, Library } from '../../library/library.ts';
import { pageKeyOf as urlKey } from '../../library/page-key.ts';
import { type VersionMeta, versionIdOf } from '../../library/version-meta.ts';
import { syncDirectory } from '../../storage/atomic-write.ts';
import { pathExists } from '../../storage/path-exists.ts';
import { makePrivateFolder } from '../../storage/private-files.ts';
import { quarantine } from '../../storage/quarantine.ts';
import { SafeZip, type SkippedZipEntry, type ZipLimits } from '../safe-zip.ts';
import { backupIsNewer, mergeAnnotations, mergeRecords } from './merge-article.ts';
import { type StagedBackup, stageBackup } from './read-backup.ts';
import { readStagedAnnotations, readStagedRecord, readStagedText } from './staged-article.ts';
import type { StagedArticle } from './staged-articles.ts';
import { newStagingFolder, removeStagingFolder } from './staging.ts';

export interface RestoreOptions {
  library: Library;
  annotations: Annotations;
  feeds: Feeds;
  now: () => Date;
  /** The backup archive: its path (read a piece at a time), or its bytes (an upload from the window). */
  archive: string | Uint8Array;
  limits?: ZipLimits;
  onProgress?: (done: number, total: number) => void;
  /**
   * Merges a library-level file of the backup (by name, staged at `path`) into the library's own
   * copy; answers false when it does not know the file, which is then kept only if the library has none.
   */
  mergeLibraryFile?: (name: string, path: string) => Promise<boolean>;
  /** Backups listing this many articles or more are sanitized in a worker thread (see read-backup.ts). */
  workerFromArticles?: number;
}

/**
 * A backup is a whole library: hundreds of thousands of files and as many gigabytes as the reader
 * keeps. What bounds a bomb is how much each file may grow, and the archive with it.
 */
export const BACKUP_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000_000,
  maxEntryBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024 * 1024,
  maxRatio: 100,
};

/** Articles placed between two appends to the index. */
const LISTED_AT_ONCE = 500;
/**
 * Articles placed between two reports of progress: one per article, a restore of 100,000 sent as many
 * events to every window, each queued until the window read it.
 */
const PROGRESS_EVERY = 100;

export interface RestoreResult {
  /** True when the library held no article before: the backup was restored as it is. */
  intoEmpty: boolean;
  /** Articles added from the backup. */
  restored: number;
  /** Articles the library already had (same id or address), merged with the backup's copy. */
  merged: number;
  feedsAdded: number;
  skipped: SkippedZipEntry[];
  /** The backup's settings, for the shell's settings store. */
  settings: Settings | null;
}

/**
 * Restores a backup into the running library: staged inside the library folder first, checked,
 * then moved into place while no other write runs. Articles the library lacks are moved in as they
 * are; articles it has are merged; nothing the library held is removed.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { library } = options;
  const limits = options.limits ?? BACKUP_ZIP_LIMITS;
  const zip =
    typeof options.archive === 'string'
      ? await SafeZip.openFile(options.archive, limits)
      : await SafeZip.fromBytes(options.archive, limits);
  const dir = await newStagingFolder(library.paths.root, 'restore', options.now());
  try {
    const { workerFromArticles } = options;
    const staged = await stageBackup(zip, dir, workerFromArticles === undefined ? {} : { workerFromArticles });
    const intoEmpty = library.size === 0;
    const feeds = await options.feeds.mergeRestored(staged.feeds);
    const counts = await options.annotations.exclusive(() =>
      library.exclusive((held) => placeArticles(options, held, staged, feeds.ids)),
    );
    await library.tagColors.fillMissing(staged.tagColors);
    await placeLibraryFiles(options, staged);
    return { intoEmpty, ...counts, feedsAdded: feeds.added, skipped: staged.skipped.list(), settings: staged.settings };
  } finally {
    await zip.close();
    await removeStagingFolder(dir);
  }
}

async function placeArticles(
  options: RestoreOptions,
  held: HeldLibrary,
  staged: StagedBackup,
  feedIds: Map<string, string>,
): Promise<{ restored: number; merged: number }> {
  const { library } = options;
  // Listed a batch at a time as they are placed, the index compacted once at the end: listed all at
  // once, 100,000 articles made one journal append of a hundred megabytes.
  let unlisted: string[] = [];
  const listPlaced = async () => {
    // Moved in for good before the index lists them.
    await syncDirectory(library.paths.articles);
    await held.adopt([...new Set(unlisted)], { compactLater: true });
    unlisted = [];
    // Listed, they are found under their addresses by the library itself.
    placedUnlisted = new Map();
  };
  // Articles placed by this restore, by address: a backup holding one article twice merges it with itself.
  // By address until listed (then the library finds them), by canonical address, which it does not
  // list them under, throughout: every address kept, 100,000 were some ten megabytes more at the end.
  let placedUnlisted = new Map<string, string>();
  const placedCanonical = new Map<string, string>();
  const placed = (key: string) => placedUnlisted.get(key) ?? placedCanonical.get(key);
  let restored = 0;
  let merged = 0;
  let done = 0;
  const { articles } = staged;
  const total = articles.total;
  const placedOne = () => {
    done++;
    if (done % PROGRESS_EVERY === 0 || done === total) options.onProgress?.(done, total);
  };
  try {
    // Each read from its staging folder when it is its turn, and let go of once placed.
    for await (const article of articles) {
      if (!article) {
        // Not restorable (reported in skipped): counted as done all the same.
        placedOne();
        continue;
      }
      const mapFeed = (id: string | null) => (id ? (feedIds.get(id) ?? null) : null);
      const addresses = [article.canonicalUrl, article.url].filter((url): url is string => !!url);
      const match =
        library.findSummary(article.id)?.id ??
        addresses.map((url) => library.findByUrl(url)?.id ?? placed(urlKey(url))).find(Boolean);
      if (match) {
        // Placed earlier by this same restore: listed now, so the merge reads it like any other.
        if (!library.findSummary(match)) await held.adopt([match]);
        await mergeArticle(options, held, staged, article, match, mapFeed(article.feedId));
        unlisted.push(match);
        merged++;
      } else {
        await moveArticleIn(options, held, staged, article, mapFeed(article.feedId));
        unlisted.push(article.id);
        const key = article.url ? urlKey(article.url) : null;
        if (key !== null) placedUnlisted.set(key, article.id);
        const canonical = article.canonicalUrl ? urlKey(article.canonicalUrl) : key;
        if (canonical !== null && canonical !== key) placedCanonical.set(canonical, article.id);
        restored++;
      }
      if (unlisted.length >= LISTED_AT_ONCE) await listPlaced();
      placedOne();
    }
  } finally {
    // Even when a restore fails part way, what was already moved in is listed, not left unseen.
    await listPlaced();
    await held.compactIndex();
  }
  return { restored, merged };
}

async function moveArticleIn(
  { library, now }: RestoreOptions,
  held: HeldLibrary,
  staged: StagedBackup,
  article: StagedArticle,
  feedId: string | null,
): Promise<void> {
  const target = library.paths.articleDir(article.id);
  // Its feed may have another id here, and a skipped highlights file leaves fewer highlights than counted.
  const { annotationCount } = article;
  const rewrite = feedId !== article.feedId || annotationCount !== article.recordAnnotationCount;
  const record = rewrite ? await readStagedRecord(staged.dir, article) : null;
  // A folder the index does not list is an unfinished save or a damaged record: set aside, never deleted.
  if (await pathExists(target)) await quarantine(target, library.paths.root, now());
  await rename(join(staged.dir, 'articles', article.id), target);
  if (record) await held.writeRecord({ ...record, feedId, annotationCount });
}

/**
 * Merges the backup's copy of an article into the library's. Files named by their content (versions,
 * images) and other devices' records come along where the library has none; the backup's text, when it
 * differs, is added as a version (current when the backup's copy is the newer), never written over the
 * library's; states, tags and highlights are merged into this device's record. Nothing the library
 * held is overwritten.
 */
async function mergeArticle(
  options: RestoreOptions,
  held: HeldLibrary,
  staged: StagedBackup,
  article: StagedArticle,
  libraryId: string,
  feedId: string | null,
): Promise<void> {
  const { library } = options;
  const now = options.now();
  const from = join(staged.dir, 'articles', article.id);
  const to = library.paths.articleDir(libraryId);
  // The backup's copy as it came, read before its files move.
  const theirs = await readStagedRecord(staged.dir, article);
  const theirsText = await readStagedText(staged.dir, article);
  const theirsAnnotations = await readStagedAnnotations(staged.dir, article);
  for (const file of article.files) {
    const own = file === `records/${library.paths.device}.json`;
    if (!/^(versions|assets|records)\//.test(file) || own || (await pathExists(join(to, file)))) continue;
    await makePrivateFolder(dirname(join(to, file)));
    await rename(join(from, file), join(to, file));
  }
  await syncDirectory(to);
  // Read with the other devices' records just brought in, so what they hold is known already.
  const mine = await library.get(libraryId);
  const mineText = (await library.content(libraryId)).text;
  const mineAnnotations = await options.annotations.list(libraryId);
  const takeTheirs = backupIsNewer(mine, theirs);
  let text = mineText;
  if (theirsText && versionIdOf(theirsText.text) !== versionIdOf(mineText)) {
    const meta = theirsText.version ?? restoredVersion(theirs, theirsText.text, library.paths.device);
    await held.addVersion(libraryId, meta, theirsText, takeTheirs || !mineText);
    if (takeTheirs || !mineText) text = theirsText.text;
  }
  const annotations = mergeAnnotations({
    articleId: libraryId,
    mine: mineAnnotations,
    theirs: theirsAnnotations,
    mineText,
    theirsText: theirsText?.text ?? '',
    text,
    now,
  });
  await held.changeRecord(libraryId, (record, stamp, current) => {
    const at = stamp();
    const versionId = current?.shownText?.kind === 'version' ? current.shownText.id : (current?.currentVersion ?? null);
    const known = new Map(mineAnnotations.map((annotation) => [annotation.id, annotation]));
    let changed = false;
    for (const annotation of annotations) {
      const before = known.get(annotation.id);
      if (annotation.kind === 'note') {
        if (before?.note === annotation.note) continue;
        recordNote(record, noteValue(annotation), current, at);
      } else if (!before) recordCreated(record, annotation, versionId, at);
      else if (annotation.modified > before.modified) recordFields(record, annotation.id, annotation, at);
      else continue;
      changed = true;
    }
    return changed;
  });
  // The reader's part only: the address and title stay the library's (a newer text brings its own).
  const merged = mergeRecords(mine, theirs, feedId, now);
  await held.writeRecord({ ...merged, url: mine.url, title: mine.title });
}

/** What a restored text without a version file of its own (a format-1 backup) was saved with. */
function restoredVersion(record: Article, text: string, device: string): VersionMeta {
  const { savedAt, title, byline, siteName, excerpt, publishedAt, url, canonicalUrl, sourceUrl, lang } = record;
  return {
    versionId: versionIdOf(text),
    savedAt: record.updatedAt || savedAt,
    ...{ title, byline, siteName, excerpt, publishedAt, url, canonicalUrl, sourceUrl, lang },
    leadImage: record.leadImage,
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    assets: record.assets,
    source: 'restore',
    device,
  };
}

/**
 * Library-level files the library lacks are moved in; its own are kept (they cannot be merged
 * blindly), and said so for its JSON files. Files of its other folders (site icons, carried import
 * text) are named by content or article, so the library's own copy is as good.
 */
async function placeLibraryFiles({ library, mergeLibraryFile }: RestoreOptions, staged: StagedBackup): Promise<void> {
  const folders = new Set<string>();
  for (const path of staged.otherFiles) {
    const target = join(library.paths.root, path);
    if (await pathExists(target)) {
      if (path.includes('/') || (await mergeLibraryFile?.(path, join(staged.dir, path)))) continue;
      staged.skipped.push({ path, reason: 'the library has its own, which was kept' });
      continue;
    }
    if (!folders.has(dirname(target))) {
      await makePrivateFolder(dirname(target));
      folders.add(dirname(target));
    }
    await rename(join(staged.dir, path), target);
  }
  for (const folder of [library.paths.root, ...folders]) await syncDirectory(folder);
}
