import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Article } from '../../../contract/index.ts';
import { AnnotationsFile } from '../../annotations/annotation-store.ts';
import { parseJsonText } from '../../storage/json-file.ts';
import { articleFilePath } from './layout.ts';
import { holdsRecords, mergeStagedFolder, type StagedFolder } from './staged-article.ts';

export interface StagedArticle extends StagedFolder {
  /** Its addresses and feed, to find it in the library; the record itself is read again when placed. */
  url: string;
  canonicalUrl: string | null;
  feedId: string | null;
  /** How many highlights and notes it brings (0 when its highlights file was damaged and skipped). */
  annotationCount: number;
  /** How many its record says it has: where the two differ, the record is written again. */
  recordAnnotationCount: number;
  /** Files of its folder in the staging area, relative to the folder. */
  files: string[];
}

/** Where a staged article's unusable folder is reported (see SkippedFiles). */
export interface SkipReport {
  push(entry: { path: string; reason: string }): void;
}

/**
 * The articles of a staging folder, read back from their folders one at a time as they are placed, in
 * the order of their ids. Held as a list, 100,000 staged articles (each its own hidden class, its list
 * of files and its addresses) were some seventy megabytes beside the index growing as they went in;
 * now only their ids are held, and each article once it is its turn.
 */
export class StagedArticles implements AsyncIterable<StagedArticle | null> {
  private constructor(
    private readonly dir: string,
    private readonly ids: string[],
    private readonly skipped: SkipReport,
  ) {}

  static async of(dir: string, skipped: SkipReport): Promise<StagedArticles> {
    const ids = await readdir(join(dir, 'articles')).catch(() => []);
    return new StagedArticles(
      dir,
      ids.sort((a, b) => a.localeCompare(b)),
      skipped,
    );
  }

  /** Article folders staged, those that cannot be restored included. */
  get total(): number {
    return this.ids.length;
  }

  /** Each staged article as it is its turn; null for one that cannot be restored (reported and removed). */
  async *[Symbol.asyncIterator](): AsyncGenerator<StagedArticle | null> {
    for (const id of this.ids) yield await readStagedArticle(this.dir, id, this.skipped);
  }
}

/**
 * An article is restored only with a readable record of its own (article.json, or the records and
 * versions of library format 2, merged as a library would); else its staged files are dropped.
 */
export async function readStagedArticle(dir: string, id: string, skipped: SkipReport): Promise<StagedArticle | null> {
  const folder = `articles/${id}`;
  const files = await filesOf(join(dir, folder));
  if (holdsRecords(files)) {
    const report = (message: string) => skipped.push({ path: folder, reason: message });
    const merged = await mergeStagedFolder(dir, id, report);
    if (merged && !merged.deleted) {
      const { url, canonicalUrl, feedId } = merged.article;
      const count = merged.annotations.length;
      return {
        id,
        url,
        canonicalUrl,
        feedId,
        annotationCount: count,
        recordAnnotationCount: count,
        files,
        merged: true,
      };
    }
    if (merged?.deleted) {
      skipped.push({ path: folder, reason: 'it was deleted in the library the backup was made of' });
      await rm(join(dir, folder), { recursive: true, force: true });
      return null;
    }
  }
  const record = await readRecord(dir, id);
  if (!record.ok) {
    skipped.push({ path: folder, reason: `its record (article.json) cannot be used: ${record.why}` });
    await rm(join(dir, folder), { recursive: true, force: true });
    return null;
  }
  const { url, canonicalUrl, feedId, annotationCount } = record.article;
  return {
    id,
    url,
    canonicalUrl,
    feedId,
    annotationCount: await stagedAnnotationCount(dir, id),
    recordAnnotationCount: annotationCount,
    files,
    merged: false,
  };
}

/** Files under a staged article's folder, relative to it with forward slashes. */
async function filesOf(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

async function readRecord(
  dir: string,
  id: string,
): Promise<{ ok: true; article: Article } | { ok: false; why: string }> {
  const text = await readFile(join(dir, articleFilePath(id, 'article.json')), 'utf8').catch(() => null);
  if (text === null) return { ok: false, why: 'it is missing' };
  const parsed = parseJsonText(text, Article);
  if (parsed.status !== 'ok') return { ok: false, why: parsed.status === 'corrupt' ? parsed.reason : 'it is missing' };
  if (parsed.value.id !== id) return { ok: false, why: 'it names another article' };
  return { ok: true, article: parsed.value };
}

/** Highlights and notes the staged annotations.json holds: it was staged only when it could be read. */
async function stagedAnnotationCount(dir: string, id: string): Promise<number> {
  const text = await readFile(join(dir, articleFilePath(id, 'annotations.json')), 'utf8').catch(() => null);
  if (text === null) return 0;
  const parsed = parseJsonText(text, AnnotationsFile);
  return parsed.status === 'ok' ? parsed.value.annotations.length : 0;
}
