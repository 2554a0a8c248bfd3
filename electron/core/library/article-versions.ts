import { AnnalsError, type Article, type ArticleVersion } from '../../contract/index.ts';
import type { Catalog } from './catalog.ts';
import type { MergedArticle } from './merge-article.ts';

/** Every text the article has had, newest first (its base text, if any, last). */
export async function listVersions(catalog: Catalog, id: string): Promise<ArticleVersion[]> {
  const merged = await mergedWithVersions(catalog, id);
  if (!merged) return [];
  return merged.versions.map(({ versionId, savedAt, title, wordCount }) => ({
    versionId,
    savedAt,
    title,
    wordCount,
    current: versionId === merged.currentVersion,
  }));
}

/** One version's text and what it was saved with, read-only. */
export async function readVersion(
  catalog: Catalog,
  id: string,
  versionId: string,
): Promise<{ version: ArticleVersion; html: string; text: string; metadata: Article }> {
  const merged = await mergedWithVersions(catalog, id);
  const meta = merged?.versions.find((version) => version.versionId === versionId);
  if (!merged || !meta) throw new AnnalsError('NOT_FOUND', `Article ${id} has no version ${versionId}.`);
  const { html, text } = await catalog.articles.texts.readVersionContent(id, versionId);
  const { versionId: _, source, device, ...saved } = meta;
  return {
    version: {
      versionId,
      savedAt: meta.savedAt,
      title: meta.title,
      wordCount: meta.wordCount,
      current: versionId === merged.currentVersion,
    },
    html,
    text,
    metadata: { ...merged.article, ...saved, savedAt: merged.article.savedAt },
  };
}

/** Removes an earlier version (a tombstone in this device's record; the current one stays). */
export async function removeVersion(catalog: Catalog, id: string, versionId: string): Promise<boolean> {
  const merged = await mergedWithVersions(catalog, id);
  if (!merged?.versions.some((version) => version.versionId === versionId)) return false;
  if (merged.currentVersion === versionId) {
    throw new AnnalsError('BAD_INPUT', 'That is the text shown now; only an earlier version can be removed.');
  }
  catalog.summary(id);
  await catalog.queue.run(() =>
    catalog.write(id, (record, stamp) => {
      record.versionsRemoved[versionId] = stamp();
      return undefined;
    }),
  );
  return true;
}

/** A listed article as every device's files make it, its base text counted as a version even when it has no id. */
function mergedWithVersions(catalog: Catalog, id: string): Promise<MergedArticle | null> {
  catalog.summary(id);
  return catalog.articles.load(id, 'always');
}
