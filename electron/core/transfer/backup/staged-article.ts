import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Annotation, Article } from '../../../contract/index.ts';
import { AnnotationsFile } from '../../annotations/annotation-store.ts';
import { readArticleFiles } from '../../library/article-files.ts';
import { type MergedArticle, mergeArticle } from '../../library/merge-article.ts';
import { LibraryPaths } from '../../library/paths.ts';
import type { VersionMeta } from '../../library/version-meta.ts';
import { articleFilePath } from './layout.ts';

/**
 * Reading an article of a staged backup as a library would show it: a format-1 folder by its
 * article.json and annotations.json; a format-2 folder (devices' records, versions) merged by the
 * same rules a library merges on read.
 */

/** What a staged article's files are read by. */
export interface StagedFolder {
  id: string;
  /** Library format 2: its records and versions make the article, merged on read. */
  merged: boolean;
}

/** The staging folder is read as no library's device, so every record in it counts as another's. */
const STAGING_DEVICE = 'staging';

/** A folder holds library format 2 when it has records or versions. */
export function holdsRecords(files: string[]): boolean {
  return files.some((file) => file.startsWith('records/') || file.startsWith('versions/'));
}

/** A format-2 article folder of the staging area merged; `report` hears of records it cannot read. */
export async function mergeStagedFolder(
  dir: string,
  id: string,
  report: (message: string) => void,
): Promise<MergedArticle | null> {
  const paths = new LibraryPaths(dir, STAGING_DEVICE);
  const files = await readArticleFiles(paths, id, {
    readOnly: true,
    now: () => new Date(),
    report,
    legacyId: 'always',
  });
  return files ? mergeArticle({ id, ...files }) : null;
}

async function mergedOf(dir: string, article: StagedFolder): Promise<MergedArticle> {
  const merged = await mergeStagedFolder(dir, article.id, () => {});
  if (!merged) throw new Error(`the staged article ${article.id} has no record`);
  return merged;
}

/** The record of a staged article, as checked when it was staged. */
export async function readStagedRecord(dir: string, article: StagedFolder): Promise<Article> {
  if (article.merged) return (await mergedOf(dir, article)).article;
  return Article.parse(JSON.parse(await readFile(join(dir, articleFilePath(article.id, 'article.json')), 'utf8')));
}

/** The highlights and notes of a staged article (none when its file was missing or damaged). */
export async function readStagedAnnotations(dir: string, article: StagedFolder): Promise<Annotation[]> {
  const { id } = article;
  if (article.merged) return (await mergedOf(dir, article)).annotations;
  const text = await readFile(join(dir, articleFilePath(id, 'annotations.json')), 'utf8').catch(() => null);
  if (text === null) return [];
  return AnnotationsFile.parse(JSON.parse(text)).annotations.map((annotation) => ({ ...annotation, articleId: id }));
}

/**
 * The text a staged article shows, with what its version was saved with when it is one (a format-1
 * text has no such file); null when it has no text.
 */
export async function readStagedText(
  dir: string,
  article: StagedFolder,
): Promise<{ html: string; text: string; version: VersionMeta | null } | null> {
  const folder = join(dir, 'articles', article.id);
  const merged = article.merged ? await mergedOf(dir, article) : null;
  const shown = merged ? merged.shownText : { kind: 'base' as const };
  if (!shown) return null;
  const [htmlFile, textFile] =
    shown.kind === 'version'
      ? [join(folder, 'versions', `${shown.id}.html`), join(folder, 'versions', `${shown.id}.txt`)]
      : [join(folder, 'content.html'), join(folder, 'text.txt')];
  const [html, text] = await Promise.all([
    readFile(htmlFile, 'utf8').catch(() => ''),
    readFile(textFile, 'utf8').catch(() => ''),
  ]);
  if (!text) return null;
  const version =
    shown.kind === 'version' ? (merged?.versions.find((meta) => meta.versionId === shown.id) ?? null) : null;
  return { html, text, version };
}
