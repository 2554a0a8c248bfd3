import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, Settings } from '../../../contract/index.ts';
import { noteValue, recordCreated, recordFields, recordNote } from '../../annotations/annotation-records.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import { articleUrlKey as urlKey } from '../../extract/canonical-url.ts';
import type { Feeds } from '../../feeds/feeds.ts';
import type { HeldLibrary, Library } from '../../library/library.ts';
import { type VersionMeta, versionIdOf } from '../../library/version-meta.ts';
import { syncDirectory } from '../../storage/atomic-write.ts';
import { pathExists } from '../../storage/path-exists.ts';
import { quarantine } from '../../storage/quarantine.ts';
import type { SkippedZipEntry, ZipLimits } from '../safe-zip.ts';
import { backupIsNewer, mergeAnnotations, mergeRecords } from './merge-article.ts';
import { type StagedArticle, type StagedBackup, stageBackup } from './read-backup.ts';
import { newStagingFolder } from './staging.ts';

export interface RestoreOptions {
  library: Library;
  annotations: Annotations;
  feeds: Feeds;
  now: () => Date;
  /** The backup archive's bytes. */
  data: Uint8Array;
  limits?: ZipLimits;
  onProgress?: (done: number, total: number) => void;
  /**
   * Merges a library-level file of the backup (by name, staged at `path`) into the library's own
   * copy; answers false when it does not know the file, which is then kept only if the library has none.
   */
  mergeLibraryFile?: (name: string, path: string) => Promise<boolean>;
}

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
  const dir = await newStagingFolder(library.paths.root, 'restore', options.now());
  try {
    const staged = await stageBackup(options.data, dir, options.limits);
    const intoEmpty = library.size === 0;
    const feeds = await options.feeds.mergeRestored(staged.feeds);
    const counts = await options.annotations.exclusive(() =>
      library.exclusive((held) => placeArticles(options, held, staged, feeds.ids)),
    );
    await library.tagColors.fillMissing(staged.tagColors);
    await placeLibraryFiles(options, staged);
    return { intoEmpty, ...counts, feedsAdded: feeds.added, skipped: staged.skipped, settings: staged.settings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function placeArticles(
  options: RestoreOptions,
  held: HeldLibrary,
  staged: StagedBackup,
  feedIds: Map<string, string>,
): Promise<{ restored: number; merged: number }> {
  const { library } = options;
  const touched: string[] = [];
  // Articles placed by this restore, by address: a backup holding one article twice merges it with itself.
  const placed = new Map<string, string>();
  let restored = 0;
  let merged = 0;
  try {
    for (const [index, article] of staged.articles.entries()) {
      const mapFeed = (id: string | null) => (id ? (feedIds.get(id) ?? null) : null);
      const addresses = [article.record.canonicalUrl, article.record.url].filter((url): url is string => !!url);
      const match =
        library.findSummary(article.id)?.id ??
        addresses.map((url) => library.findByUrl(url)?.id ?? placed.get(urlKey(url))).find(Boolean);
      if (match) {
        // Placed earlier by this same restore: listed now, so the merge reads it like any other.
        if (!library.findSummary(match)) await held.adopt([match]);
        await mergeArticle(options, held, staged, article, match, mapFeed(article.record.feedId));
        touched.push(match);
        merged++;
      } else {
        await moveArticleIn(options, held, staged, article, mapFeed(article.record.feedId));
        touched.push(article.id);
        for (const url of addresses) placed.set(urlKey(url), article.id);
        restored++;
      }
      options.onProgress?.(index + 1, staged.articles.length);
    }
  } finally {
    // Even when a restore fails part way, what was already moved in is listed, not left unseen.
    await syncDirectory(library.paths.articles);
    await held.adopt([...new Set(touched)]);
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
  // A folder the index does not list is an unfinished save or a damaged record: set aside, never deleted.
  if (await pathExists(target)) await quarantine(target, library.paths.root, now());
  await rename(join(staged.dir, 'articles', article.id), target);
  // Its feed may have another id here, and a skipped highlights file leaves fewer highlights than counted.
  const annotationCount = article.annotations?.length ?? 0;
  if (feedId !== article.record.feedId || annotationCount !== article.record.annotationCount) {
    await held.writeRecord({ ...article.record, feedId, annotationCount });
  }
}

/**
 * Merges the backup's copy of an article into the library's: version files and assets (named by their
 * content) and other devices' records come along; a newer text of the backup becomes a new version
 * (the library's text stays as an earlier one); states, tags and highlights are merged into this
 * device's record. Nothing the library held is overwritten.
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
  const mine = await library.get(libraryId);
  const mineText = (await library.content(libraryId)).text;
  const mineAnnotations = await options.annotations.list(libraryId);
  const from = join(staged.dir, 'articles', article.id);
  const to = library.paths.articleDir(libraryId);
  const takeTheirs = backupIsNewer(mine, article.record);
  for (const file of article.files) {
    const own = file === `records/${library.paths.device}.json`;
    if (!/^(versions|assets|records)\//.test(file) || own || (await pathExists(join(to, file)))) continue;
    await mkdir(dirname(join(to, file)), { recursive: true });
    await rename(join(from, file), join(to, file));
  }
  const theirs = await readStagedText(from, article);
  let text = mineText;
  if (takeTheirs && theirs && theirs.text !== mineText) {
    await held.addVersion(libraryId, restoredVersion(article.record, theirs.text, library.paths.device), theirs);
    text = theirs.text;
  }
  await syncDirectory(to);
  const annotations = mergeAnnotations({
    articleId: libraryId,
    mine: mineAnnotations,
    theirs: article.annotations ?? [],
    mineText,
    theirsText: theirs?.text ?? '',
    text,
    now,
  });
  await held.changeRecord(libraryId, (record, stamp, current) => {
    const at = stamp();
    const versionId = current?.shownText?.kind === 'version' ? current.shownText.id : (current?.currentVersion ?? null);
    const known = new Map(mineAnnotations.map((annotation) => [annotation.id, annotation]));
    for (const annotation of annotations) {
      const before = known.get(annotation.id);
      if (annotation.kind === 'note') {
        if (before?.note !== annotation.note) recordNote(record, noteValue(annotation), current, at);
      } else if (!before) recordCreated(record, annotation, versionId, at);
      else if (annotation.modified > before.modified) recordFields(record, annotation.id, annotation, at);
    }
    return undefined;
  });
  await held.writeRecord(mergeRecords(mine, article.record, feedId, now));
}

/** The backup's format-1 text of an article, if it has one. */
async function readStagedText(from: string, article: StagedArticle): Promise<{ html: string; text: string } | null> {
  if (!article.files.includes('text.txt')) return null;
  const [html, text] = await Promise.all([
    readFile(join(from, 'content.html'), 'utf8').catch(() => ''),
    readFile(join(from, 'text.txt'), 'utf8').catch(() => ''),
  ]);
  return text ? { html, text } : null;
}

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

/** Library-level files the library lacks are moved in; its own are kept (they cannot be merged blindly). */
async function placeLibraryFiles({ library, mergeLibraryFile }: RestoreOptions, staged: StagedBackup): Promise<void> {
  for (const name of staged.otherFiles) {
    const target = join(library.paths.root, name);
    if (await pathExists(target)) {
      if (await mergeLibraryFile?.(name, join(staged.dir, name))) continue;
      staged.skipped.push({ path: name, reason: 'the library has its own, which was kept' });
      continue;
    }
    await rename(join(staged.dir, name), target);
  }
  await syncDirectory(library.paths.root);
}
