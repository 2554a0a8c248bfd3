// Where the reader's library lives when no --library or ANNALS_LIBRARY says: a small file in the app's own
// folder (never in the library, which may be carried to other computers) that "Move library to…" writes.
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { makePrivateFolder } from '../storage/private-files.ts';

export const LIBRARY_LOCATION_FILE = 'library-location.json';

/** The pointer file in the app's user-data folder. */
export function libraryLocationFile(userDataDir: string): string {
  return join(userDataDir, LIBRARY_LOCATION_FILE);
}

/**
 * The library folder the pointer names, or null when there is none or it cannot be read: the usual
 * folder is used then. Read synchronously because the desktop app picks its profile before anything runs.
 */
export function readLibraryLocation(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return parseLocation(text);
}

function parseLocation(text: string): string | null {
  // Checked by hand, not with the contract's schemas: every command reads it, and it must stay cheap.
  try {
    const parsed = JSON.parse(text) as { version?: unknown; path?: unknown } | null;
    const path = parsed?.path;
    if (parsed?.version !== 1 || typeof path !== 'string') return null;
    return path.length > 0 && path.length <= 4_096 && isAbsolute(path) ? path : null;
  } catch {
    return null;
  }
}

/** What was in the pointer file, to put back if a move is undone: its text, or null when it did not exist. */
export async function snapshotLibraryLocation(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch(() => null);
}

export async function writeLibraryLocation(file: string, libraryDir: string): Promise<void> {
  await makePrivateFolder(join(file, '..'));
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, path: libraryDir }, null, 2)}\n`);
}

/** Puts the pointer file back as a snapshot found it. */
export async function restoreLibraryLocation(file: string, snapshot: string | null): Promise<void> {
  if (snapshot === null) await rm(file, { force: true });
  else await writeFileAtomic(file, snapshot);
}
