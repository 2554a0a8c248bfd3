import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from '../storage/path-exists.ts';
import { toSummary } from './article-store.ts';
import type { Catalog } from './catalog.ts';
import type { LibraryPaths } from './paths.ts';

/** Deleted articles stay in trash/ this long, so a delete can be undone. */
export const TRASH_DAYS = 30;

/**
 * Deletes articles: this device's record of each gets a tombstone (the folder stays, so every device
 * sees the deletion and a delete can be undone).
 */
export async function deleteArticles(catalog: Catalog, ids: string[]): Promise<string[]> {
  for (const id of ids) catalog.summary(id);
  return catalog.queue.run(async () => {
    for (const id of ids) {
      catalog.summary(id); // deleted meanwhile: said before anything is written
      await writeDeleted(catalog, id, true);
    }
    catalog.changed(ids);
    return ids;
  });
}

/** Brings deleted articles back (the undo of a delete); answers those that could be. */
export async function undeleteArticles(catalog: Catalog, ids: string[]): Promise<string[]> {
  return catalog.queue.run(async () => {
    const restored: string[] = [];
    for (const id of ids) {
      if (catalog.index.get(id)) continue;
      const merged = await catalog.articles.load(id);
      if (merged?.deleted) {
        await writeDeleted(catalog, id, false);
        restored.push(id);
      } else if (!merged && (await restoreFromTrash(catalog, id))) restored.push(id);
    }
    catalog.changed(restored);
    return restored;
  });
}

/** Removes for good what a format-1 library put in its trash/ longer than `days` ago. */
export async function emptyTrash(paths: LibraryPaths, now: Date, days = TRASH_DAYS): Promise<void> {
  let names: string[];
  try {
    names = await readdir(paths.trash);
  } catch {
    return;
  }
  const cutoff = now.getTime() - days * 86_400_000;
  for (const name of names) {
    const folder = join(paths.trash, name);
    const info = await stat(folder).catch(() => null);
    if (info && info.mtimeMs < cutoff) await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The one place an article is deleted or brought back: a tombstone in this device's record. It names
 * every highlight seen here at that moment, so a highlight made elsewhere meanwhile keeps the article.
 */
export async function writeDeleted(catalog: Catalog, id: string, deleted: boolean): Promise<void> {
  await catalog.write(id, (record, stamp, current) => {
    const at = stamp();
    record.fields.deleted = deleted
      ? { value: true, at, seen: { ...current?.annotationStamps } }
      : { value: false, at };
    return undefined;
  });
}

/** A format-1 delete (the folder in trash/) undone: the folder returns and it is listed again. */
async function restoreFromTrash(catalog: Catalog, id: string): Promise<boolean> {
  const { paths } = catalog.articles;
  const source = join(paths.trash, id);
  if (catalog.index.get(id) || !(await pathExists(source))) return false;
  await rename(source, paths.articleDir(id));
  const article = await catalog.articles.read(id);
  if (!article) return false;
  await catalog.list([toSummary(article)]);
  return true;
}
