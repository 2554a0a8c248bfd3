import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from '../storage/path-exists.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { toSummary } from './article-store.ts';
import type { Catalog } from './catalog.ts';
import type { LibraryPaths } from './paths.ts';

/** Deleted articles stay in trash/ this long, so a delete can be undone. */
export const TRASH_DAYS = 30;

/** Deletes articles: each folder moves to trash/, so the delete can be undone. */
export async function deleteArticles(catalog: Catalog, ids: string[]): Promise<string[]> {
  for (const id of ids) catalog.summary(id);
  return catalog.queue.run(async () => {
    for (const id of ids) await moveToTrash(catalog, id);
    catalog.changed(ids);
    return ids;
  });
}

/** Brings deleted articles back from the trash; answers those that were still there. */
export async function undeleteArticles(catalog: Catalog, ids: string[]): Promise<string[]> {
  return catalog.queue.run(async () => {
    const restored: string[] = [];
    for (const id of ids) if (await restoreFromTrash(catalog, id)) restored.push(id);
    catalog.changed(restored);
    return restored;
  });
}

/** Removes for good what has been in the trash longer than `days`. */
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

/** The one place an article is deleted: its folder goes to trash/ and it leaves the index. */
async function moveToTrash(catalog: Catalog, id: string): Promise<void> {
  catalog.summary(id); // deleted meanwhile: said before anything moves
  const { paths } = catalog.articles;
  await makePrivateFolder(paths.trash);
  const target = join(paths.trash, id);
  await rm(target, { recursive: true, force: true });
  await rename(paths.articleDir(id), target);
  await catalog.unlist(id);
}

/** The one place a deleted article comes back: its folder returns and it is listed again. */
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
