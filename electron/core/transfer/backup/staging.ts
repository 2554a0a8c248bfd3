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
    if (info && now.getTime() - info.mtimeMs > STALE_AFTER_MS) await rm(folder, { recursive: true, force: true });
  }
  return join(libraryDir, `.${kind}-${randomBytes(6).toString('hex')}`);
}
