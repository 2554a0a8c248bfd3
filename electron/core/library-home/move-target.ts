// Whether a folder can take the library: checked before anything is closed or copied, so a refusal changes nothing.
import { constants } from 'node:fs';
import { access, readdir, realpath, stat, statfs } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AnnalsError } from '../../contract/index.ts';

/**
 * What a new shared folder may already hold: the markers sync tools and file browsers leave (Syncthing's
 * `.stfolder` in every folder it shares). Anything else means the folder is someone's, and is refused.
 */
const HARMLESS_ENTRIES = new Set(['.stfolder', '.DS_Store', 'desktop.ini', 'Thumbs.db']);

/** Room left beyond the library's own size on the target's disk, for the files Annals writes next. */
const SPARE_BYTES = 16 * 1024 * 1024;

export interface MoveTarget {
  /** The target as given, made absolute and normal. */
  path: string;
  /** Whether the folder exists already (empty, or with markers only). */
  exists: boolean;
}

const refuse = (message: string) => new AnnalsError('BAD_INPUT', message);

/** Checks the target's place and state; answers it, or throws a refusal that names the problem. */
export async function checkMoveTarget(libraryDir: string, to: string): Promise<MoveTarget> {
  if (!isAbsolute(to)) throw refuse(`Give the new folder as a full path (“${to}” is relative).`);
  const target = resolve(to);
  const from = await realpath(libraryDir);
  const real = await realPathOfNew(target);
  if (real === from) throw refuse('That is the library’s folder already.');
  if (isInside(real, from)) throw refuse(`${target} is inside the library; pick a folder outside it.`);
  if (isInside(from, real)) throw refuse(`${target} holds the library; pick a folder outside it.`);
  const found = await stat(target).catch(() => null);
  if (found && !found.isDirectory()) throw refuse(`${target} is a file, not a folder.`);
  if (found) {
    const entries = (await readdir(target)).filter((name) => !HARMLESS_ENTRIES.has(name));
    if (entries.length > 0) {
      const named = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
      throw refuse(`${target} is not empty (it holds ${named}); pick an empty folder or a new one.`);
    }
  }
  const writable = found ? target : await nearestExisting(target);
  try {
    await access(writable, constants.W_OK);
  } catch {
    throw refuse(`Annals may not write in ${writable}.`);
  }
  return { path: target, exists: found !== null };
}

/** Refuses a disk without room for the library (where the system says how much room there is). */
export async function checkRoomFor(target: string, bytes: number): Promise<void> {
  const disk = await statfs(await nearestExisting(target)).catch(() => null);
  if (!disk) return;
  const free = disk.bavail * disk.bsize;
  if (free < bytes + SPARE_BYTES) {
    throw refuse(`The disk of ${target} has ${megabytes(free)} free; the library needs ${megabytes(bytes)}.`);
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The real path a folder would have: its nearest existing parent resolved (symbolic links), the rest added. */
async function realPathOfNew(path: string): Promise<string> {
  const existing = await nearestExisting(path);
  return join(await realpath(existing), relative(existing, path));
}

async function nearestExisting(path: string): Promise<string> {
  let current = path;
  while ((await stat(current).catch(() => null)) === null) {
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return current;
}

export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.ceil(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The name the old folder is kept under: `<old>.moved-YYYY-MM-DD`, with -2, -3… when taken. */
export async function asideName(libraryDir: string, now: Date): Promise<string> {
  const base = join(dirname(libraryDir), `${basename(libraryDir)}.moved-${now.toISOString().slice(0, 10)}`);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if ((await stat(candidate).catch(() => null)) === null) return candidate;
  }
}
