// Copies a closed library folder file by file, then reads the copy back and compares every file with the
// original (size and SHA-256). What it made is removed again when anything fails.
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, rm, symlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { AnnalsError } from '../../contract/index.ts';
import { syncDirectory } from '../storage/atomic-write.ts';
import { PRIVATE_FOLDER_MODE } from '../storage/private-files.ts';

const CHUNK_BYTES = 1024 * 1024;

interface Entry {
  /** Path inside the library, with the platform's separators. */
  rel: string;
  kind: 'folder' | 'file' | 'link';
  size: number;
  mode: number;
  /** When it was last changed (ms): the copy keeps it, so the index knows its articles unchanged. */
  mtimeMs: number;
}

export interface LibraryListing {
  entries: Entry[];
  files: number;
  bytes: number;
}

/** Every folder, file and symbolic link of the library, `skip` (paths inside it) left out. */
export async function listLibrary(root: string, skip: ReadonlySet<string>): Promise<LibraryListing> {
  const entries: Entry[] = [];
  const visit = async (folder: string) => {
    const children: Dirent[] = await readdir(join(root, folder), { withFileTypes: true });
    for (const child of children) {
      const rel = folder === '' ? child.name : join(folder, child.name);
      if (skip.has(rel)) continue;
      const info = await lstat(join(root, rel));
      if (info.isDirectory()) {
        entries.push({ rel, kind: 'folder', size: 0, mode: info.mode & 0o777, mtimeMs: info.mtimeMs });
        await visit(rel);
      } else if (info.isFile()) {
        entries.push({ rel, kind: 'file', size: info.size, mode: info.mode & 0o777, mtimeMs: info.mtimeMs });
      } else if (info.isSymbolicLink()) {
        entries.push({ rel, kind: 'link', size: 0, mode: 0, mtimeMs: info.mtimeMs });
      } else {
        throw new AnnalsError(
          'STORAGE_FAILED',
          `${rel} in the library is neither a file nor a folder; move it away first.`,
        );
      }
    }
  };
  await visit('');
  const files = entries.filter((entry) => entry.kind === 'file');
  return { entries, files: files.length, bytes: files.reduce((sum, entry) => sum + entry.size, 0) };
}

export type CopyProgress = (step: 'copying' | 'checking', done: number, total: number) => void;

/**
 * Writes the listing into `to` (an empty or new folder), each file synced to disk, then reads every copied
 * file back and compares it with the original's size and hash. Throws at the first difference.
 */
export async function copyAndVerify(
  from: string,
  to: string,
  listing: LibraryListing,
  onProgress: CopyProgress,
): Promise<void> {
  const hashes = new Map<string, string>();
  // One buffer for every file: a library of 100,000 articles has half a million of them.
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let done = 0;
  for (const entry of listing.entries) {
    const source = join(from, entry.rel);
    const target = join(to, entry.rel);
    if (entry.kind === 'folder') await mkdir(target, { mode: PRIVATE_FOLDER_MODE }).catch(existingFolder);
    else if (entry.kind === 'link') await symlink(await readlink(source), target);
    else {
      hashes.set(entry.rel, await copyFile(source, target, entry.mode, buffer));
      await keepTime(target, entry);
      onProgress('copying', ++done, listing.files);
    }
  }
  // Folders last, deepest first: what was put in them changed their times.
  for (const entry of listing.entries.toReversed()) {
    if (entry.kind === 'folder') await keepTime(join(to, entry.rel), entry);
  }
  for (const folder of [to, ...listing.entries.filter((e) => e.kind === 'folder').map((e) => join(to, e.rel))]) {
    await syncDirectory(folder);
  }
  done = 0;
  for (const entry of listing.entries) {
    const target = join(to, entry.rel);
    if (entry.kind === 'link') {
      if ((await readlink(target)) !== (await readlink(join(from, entry.rel)))) throw differs(entry.rel);
      continue;
    }
    if (entry.kind !== 'file') continue;
    const copied = await hashFile(target, buffer);
    if (copied.size !== entry.size || copied.hash !== hashes.get(entry.rel)) throw differs(entry.rel);
    onProgress('checking', ++done, listing.files);
  }
}

/**
 * Removes what a failed copy made in `to`: the whole folder when the move made it, else everything in it
 * but what was there before (a sync tool's marker).
 */
export async function removeCopy(to: string, madeFolder: string | undefined, keep: ReadonlySet<string>): Promise<void> {
  if (madeFolder !== undefined) {
    await rm(madeFolder, { recursive: true, force: true });
    return;
  }
  for (const name of await readdir(to).catch(() => [] as string[])) {
    if (!keep.has(name)) await rm(join(to, name), { recursive: true, force: true });
  }
}

/**
 * Gives the copy the original's modification time to the millisecond. Set in the middle of that
 * millisecond: a time in seconds loses a fraction of a microsecond on the way, and must not fall
 * into the millisecond before.
 */
async function keepTime(path: string, entry: Entry): Promise<void> {
  const at = (Math.floor(entry.mtimeMs) + 0.5) / 1000;
  await utimes(path, at, at);
}

/** A folder the target held already (a sync tool's marker folder) takes the library's files as it is. */
function existingFolder(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EEXIST') throw error;
}

function differs(rel: string): AnnalsError {
  return new AnnalsError('STORAGE_FAILED', `The copy of ${rel} differs from the original; the library was not moved.`);
}

/** Copies one file, hashing what it reads; answers the hash. The copy is on disk when this resolves. */
async function copyFile(source: string, target: string, mode: number, buffer: Buffer): Promise<string> {
  const input = await open(source, 'r');
  try {
    const output = await open(target, 'wx', mode);
    try {
      const hash = createHash('sha256');
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        hash.update(chunk);
        for (let written = 0; written < bytesRead; ) {
          written += (await output.write(chunk, written, bytesRead - written)).bytesWritten;
        }
      }
      await output.sync();
      return hash.digest('hex');
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}

async function hashFile(path: string, buffer: Buffer): Promise<{ size: number; hash: string }> {
  const input = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    let size = 0;
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return { size, hash: hash.digest('hex') };
  } finally {
    await input.close();
  }
}
