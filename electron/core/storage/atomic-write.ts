import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PRIVATE_FILE_MODE } from './private-files.ts';

/**
 * Durable atomic replace: unique temp file in the same folder, fsync, rename, fsync the folder.
 * A reader of `file` sees either the old or the new content, never a mix, even after a crash.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const pending = await createFileAtomic(file);
  try {
    await pending.handle.writeFile(data);
  } catch (error) {
    await pending.abort();
    throw error;
  }
  await pending.commit();
}

/**
 * writeFileAtomic for a text made of many parts (an index of 100,000 articles): written in blocks as
 * the parts come, never held whole.
 */
export async function writeFileAtomicInParts(file: string, parts: Iterable<string>): Promise<void> {
  const pending = await createFileAtomic(file);
  try {
    await writeInBlocks(pending.handle, parts);
  } catch (error) {
    await pending.abort();
    throw error;
  }
  await pending.commit();
}

/**
 * Text gathered into a block is written when it reaches this. Kept well under the size V8 puts in its
 * large-object space (128 KB): a megabyte block went there, each one garbage only a full collection
 * frees: 70 of them for each rewrite of an index of 100,000 articles, and as much again for a restore's journal.
 */
export const TEXT_BLOCK = 64 * 1024;

/** Writes the parts in blocks of about TEXT_BLOCK characters. */
export async function writeInBlocks(handle: FileHandle, parts: Iterable<string>): Promise<void> {
  let block: string[] = [];
  let length = 0;
  for (const part of parts) {
    block.push(part);
    length += part.length;
    if (length < TEXT_BLOCK) continue;
    await handle.write(block.join(''));
    block = [];
    length = 0;
  }
  if (length > 0) await handle.write(block.join(''));
}

/**
 * writeFileAtomic without waiting for the disk (no fsync): only for a cache checked whole when read, which a crash may
 * leave old, empty or missing but never half old and half new. A sync per file cost more than the work a cache keeps
 * (300 stories' merges kept while a busy machine's first timeline was built).
 */
export async function replaceFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempFileFor(file);
  try {
    await writeFile(temp, data, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A unique temporary name beside `file`: same folder (a rename never crosses disks), hidden, never synced. */
function tempFileFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export interface PendingFile {
  /** Where to write, a bit at a time (a file too large to hold in memory). */
  handle: FileHandle;
  /** Syncs and puts the file in place of `file`. */
  commit(): Promise<void>;
  /** Throws away what was written; `file` stays as it was. */
  abort(): Promise<void>;
}

/** The streaming form of writeFileAtomic: nothing is seen at `file` until commit(). */
export async function createFileAtomic(file: string): Promise<PendingFile> {
  const dir = dirname(file);
  const temp = tempFileFor(file);
  // Made private from the first byte: the rename keeps the mode, so the file is never readable by others.
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  const abort = async () => {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
  };
  return {
    handle,
    abort,
    async commit() {
      try {
        await handle.sync();
      } catch (error) {
        await abort();
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
    },
  };
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

/**
 * Appends one record, or many as parts (written in blocks, one sync for all), and waits until they
 * are on disk. Used for the index journal.
 */
export async function appendDurable(file: string, data: string | Iterable<string>): Promise<void> {
  const handle = await open(file, 'a', PRIVATE_FILE_MODE);
  try {
    if (typeof data === 'string') await handle.write(data);
    else await writeInBlocks(handle, data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
