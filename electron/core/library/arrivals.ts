import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makePrivateFolder } from '../storage/private-files.ts';
import { keptAsideMessages, mergeConflictCopies, type SettledConflict } from '../sync/conflict-merge.ts';
import type { ConflictRules } from '../sync/conflict-rules.ts';
import type { Device } from '../sync/device.ts';
import type { LibraryPaths } from './paths.ts';
import { acquireWriterLocks } from './process-lock.ts';

/**
 * What a library does about files another device's sync brought: the conflict copies a sync tool
 * left are settled by each file kind's rule before anything is read, so every command answers from
 * the merged files. Library-level folders are few and always looked at; an article's folders only
 * when they changed since this device last read them (the index knows), so opening a large library
 * costs no walk of every folder.
 */
export interface Arrivals {
  rules: ConflictRules;
  now: () => Date;
  /** Told of every conflict copy settled (for Settings › Sync and `annals sync status`). */
  onSettled?: (settled: SettledConflict[]) => void;
}

/** Arrivals whose copies kept aside (damaged, or not to be merged) are each told of in a sentence. */
export function tellingKeptAside(arrivals: Arrivals, report: (message: string) => void): Arrivals {
  return {
    ...arrivals,
    onSettled(settled) {
      for (const message of keptAsideMessages(settled)) report(message);
      arrivals.onSettled?.(settled);
    },
  };
}

/** Top-level folders that hold no library-level files (articles are settled one by one). */
const NOT_LIBRARY_LEVEL = new Set(['articles', 'corrupt', 'backups', 'trash']);

/** The library's own folder and the folders outside articles/, two levels deep (feeds/records, …). */
async function libraryLevelFolders(root: string): Promise<string[]> {
  const folders = [''];
  const subfolders = async (dir: string) =>
    (await readdir(join(root, dir), { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => (dir ? `${dir}/${entry.name}` : entry.name));
  for (const top of await subfolders('')) {
    if (NOT_LIBRARY_LEVEL.has(top)) continue;
    folders.push(top, ...(await subfolders(top)));
  }
  return folders;
}

/** The folders of one article a sync tool may leave copies in. */
export function articleFolders(id: string): string[] {
  const dir = `articles/${id}`;
  return [dir, `${dir}/records`, `${dir}/versions`, `${dir}/assets`];
}

export async function settleLibraryLevel(root: string, arrivals: Arrivals): Promise<SettledConflict[]> {
  return settle(root, arrivals, await libraryLevelFolders(root));
}

export async function settleArticle(root: string, arrivals: Arrivals, id: string): Promise<SettledConflict[]> {
  return settle(root, arrivals, articleFolders(id));
}

async function settle(root: string, arrivals: Arrivals, dirs: string[]): Promise<SettledConflict[]> {
  const settled = await mergeConflictCopies(root, arrivals.rules, { dirs, now: arrivals.now });
  if (settled.length > 0) arrivals.onSettled?.(settled);
  return settled;
}

/**
 * Only reading: a writer's locks on the library for a moment, so what arrived can be settled, or
 * null when another Annals holds it (and settles arrivals itself) or the folder cannot be written.
 */
export async function lockWhileReading(paths: LibraryPaths, device: Device): Promise<(() => Promise<void>) | null> {
  return makePrivateFolder(paths.deviceData)
    .then(() => acquireWriterLocks(paths, device))
    .catch(() => null);
}
