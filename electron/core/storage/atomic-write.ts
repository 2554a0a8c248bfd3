import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Durable atomic replace: unique temp file in the same folder, fsync, rename, fsync the folder.
 * A reader of `file` sees either the old or the new content, never a mix, even after a crash.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes a rename or a new file in `dir` survive power loss. Windows cannot open folders: skip there. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Appends one record and waits until it is on disk. Used for the index journal. */
export async function appendDurable(file: string, data: string): Promise<void> {
  const handle = await open(file, 'a', 0o644);
  try {
    await handle.write(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
