import { createHash, randomBytes } from 'node:crypto';
import { link, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AnnalsError } from '../../contract/index.ts';
import { makePrivateFolder, PRIVATE_FILE_MODE } from '../storage/private-files.ts';
import type { Device } from '../sync/device.ts';
import { DEVICE_DATA_FOLDER } from './paths.ts';
import { isAlive, processStart } from './process-start.ts';

/**
 * Where each computer's lock of a library lives: `.annals/host-locks/<hash of the hostname>.lock`,
 * inside the library rather than in the app's own folder, because two profiles (two device ids) on
 * one computer have two app folders but share only the library folder; and a folder reached by
 * another name (a symlink, a rename) is still the same folder, with the same lock in it.
 * `.annals` is in the .stignore Annals writes, so Syncthing never carries the lock; a tool that
 * carries it anyway (Dropbox, iCloud) brings a file named for another computer, which this one never
 * reads (and should two computers share a hostname, the process's start, with Linux's boot id, tells
 * their locks apart). The folder's name has a hyphen, which no device id has, so it is never a device's folder.
 */
export const HOST_LOCKS_FOLDER = `${DEVICE_DATA_FOLDER}/host-locks`;

const HostLockSchema = z.object({
  hostname: z.string(),
  pid: z.number().int().positive(),
  started: z.string().nullable(),
  device: z.string(),
  deviceName: z.string(),
  since: z.string(),
});
export type HostLockHolder = z.infer<typeof HostLockSchema>;

/** The library is open in another Annals on this computer: what the shells show before they stop. */
export class LibraryInUseError extends AnnalsError {
  constructor(readonly holder: HostLockHolder) {
    const since = `${holder.since.slice(0, 16).replace('T', ' ')} UTC`;
    super(
      'STORAGE_FAILED',
      `This library is open in another Annals process on this computer (pid ${holder.pid}, device ` +
        `“${holder.deviceName}” (${holder.device}), since ${since}). Close that Annals first, or use it ` +
        'instead: two at once would both write the same files.',
    );
  }
}

export function hostLockPath(root: string, host: string = hostname()): string {
  const key = createHash('sha256').update(host.toLowerCase()).digest('hex').slice(0, 16);
  return join(root, HOST_LOCKS_FOLDER, `${key}.lock`);
}

/** Locks this process holds, by file: what it wrote there, and how many libraries of this process share it. */
const heldHere = new Map<string, { text: string; count: number }>();
/** When this process started: asked once (on macOS it costs a `ps`). */
let ownStart: Promise<string | null> | undefined;
function startOfThisProcess(): Promise<string | null> {
  ownStart ??= processStart(process.pid);
  return ownStart;
}

/**
 * Takes this computer's lock of the library in `root` for the device, or refuses with a
 * LibraryInUseError when another live Annals process on this computer holds it, whatever its device.
 * Several libraries open in one process share the lock (the tests open two devices on one folder).
 * A lock left by a process that ended, or whose pid now belongs to another process, is taken over.
 */
export async function acquireHostLock(root: string, device: Device): Promise<() => Promise<void>> {
  const file = hostLockPath(await realpath(root).catch(() => root));
  if (heldHere.has(file)) return share(file, heldHere.get(file)!.text);
  await makePrivateFolder(dirname(file));
  const mine: HostLockHolder = {
    hostname: hostname(),
    pid: process.pid,
    started: await startOfThisProcess(),
    device: device.id,
    deviceName: device.name,
    since: new Date().toISOString(),
  };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createExclusive(file, text)) return share(file, text);
    const found = await readFile(file, 'utf8').catch(() => null);
    if (found === null) continue;
    const holder = parseHolder(found);
    if (holder && (await holds(holder))) {
      // Written by this very process (another of its libraries opening at the same moment): shared.
      if (holder.pid === process.pid) return share(file, found);
      throw new LibraryInUseError(holder);
    }
    await takeOverStale(file, found);
  }
  throw new AnnalsError('STORAGE_FAILED', 'Could not lock the library folder for this computer.');
}

/**
 * Creates the lock with all its text at once, or answers false when it exists: written beside it and
 * hard-linked into place, so no one ever reads a half-written lock and takes it for a stale one. Where
 * the disk has no hard links (FAT, some network drives), created with O_EXCL and written.
 */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const beside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(beside, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    await link(beside, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
  } finally {
    await rm(beside, { force: true });
  }
  try {
    await writeFile(file, text, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function parseHolder(text: string): HostLockHolder | null {
  try {
    const parsed = HostLockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote the lock still runs here: same computer, pid alive, same start. */
async function holds(holder: HostLockHolder): Promise<boolean> {
  if (holder.hostname !== hostname() || !isAlive(holder.pid)) return false;
  if (holder.started === null) return true;
  const started = await processStart(holder.pid);
  return started === null || started === holder.started;
}

/**
 * Removes a stale lock, unless another process took it over since it was read: the file is moved
 * aside first (one mover wins), and put back if what was moved is not what was judged stale.
 */
async function takeOverStale(file: string, judged: string): Promise<void> {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== null && moved !== judged) await link(aside, file).catch(() => {});
  await rm(aside, { force: true });
}

function share(file: string, text: string): () => Promise<void> {
  const held = heldHere.get(file) ?? { text, count: 0 };
  held.count++;
  heldHere.set(file, held);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--held.count > 0) return;
    heldHere.delete(file);
    // Only the lock this process wrote: one taken over meanwhile belongs to whoever took it.
    if ((await readFile(file, 'utf8').catch(() => null)) === held.text) await rm(file, { force: true });
  };
}
