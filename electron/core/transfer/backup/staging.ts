import { randomBytes } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const stagingName = /^\.(backup|restore)-[a-f0-9]{12}$/;
/** Older than this, a staging folder belongs to a backup or restore that was cut short (a crash). */
const STALE_AFTER_MS = 86_400_000;

/**
 * A new working folder inside the library (same disk, so its files move into place by rename).
 * Hidden by its dot: no backup ever takes it in. Leftovers of interrupted runs are removed first;
 * they only ever hold copies.
 */
export async function newStagingFolder(libraryDir: string, kind: 'backup' | 'restore', now: Date): Promise<string> {
  for (const name of await readdir(libraryDir).catch(() => [])) {
    if (!stagingName.test(name)) continue;
    const folder = join(libraryDir, name);
    const info = await stat(folder).catch(() => null);
    if (info && now.getTime() - info.mtimeMs > STALE_AFTER_MS) await removeStagingFolder(folder);
  }
  return join(libraryDir, `.${kind}-${randomBytes(6).toString('hex')}`);
}

/** Article folders removed at once. */
const REMOVED_AT_ONCE = 32;

/**
 * Removes a staging folder, its article folders a few at a time: fs.rm walks a folder of 100,000
 * articles all at once, with a pending operation for every one of them (hundreds of megabytes).
 */
export async function removeStagingFolder(dir: string): Promise<void> {
  const articles = join(dir, 'articles');
  const names = await readdir(articles).catch(() => []);
  for (let at = 0; at < names.length; at += REMOVED_AT_ONCE) {
    const batch = names.slice(at, at + REMOVED_AT_ONCE);
    await Promise.all(batch.map((name) => rm(join(articles, name), { recursive: true, force: true })));
  }
  await rm(dir, { recursive: true, force: true });
}
