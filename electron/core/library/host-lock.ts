import { createHash, randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
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
 * reads. The folder's name has a hyphen, which no device id has, so it is never a device's folder.
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
    super(
      'STORAGE_FAILED',
      `This library is open in another Annals process on this computer (pid ${holder.pid}, device ` +
        `“${holder.deviceName}” (${holder.device}), since ${holder.since.slice(0, 16).replace('T', ' ')} UTC). Close that Annals first, or use ` +
        'it instead: two at once would both write the same files.',
    );
  }
}

export function hostLockPath(root: string, host: string = hostname()): string {
  const key = createHash('sha256').update(host.toLowerCase()).digest('hex').slice(0, 16);
  return join(root, HOST_LOCKS_FOLDER, `${key}.lock`);
}

/** Locks this process holds, by file, and how many libraries of this process share each. */
const heldHere = new Map<string, number>();

/**
 * Takes this computer's lock of the library in `root` for the device, or refuses with a
 * LibraryInUseError when another live Annals process on this computer holds it, whatever its device.
 * Several libraries open in one process share the lock (the tests open two devices on one folder).
 * A lock left by a process that ended, or whose pid now belongs to another process, is taken over.
 */
export async function acquireHostLock(root: string, device: Device): Promise<() => Promise<void>> {
  const file = hostLockPath(root);
  const shared = heldHere.get(file);
  if (shared !== undefined) {
    heldHere.set(file, shared + 1);
    return releaser(file);
  }
  await makePrivateFolder(join(root, HOST_LOCKS_FOLDER));
  const mine: HostLockHolder = {
    hostname: hostname(),
    pid: process.pid,
    started: await processStart(process.pid),
    device: device.id,
    deviceName: device.name,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, `${JSON.stringify(mine)}\n`, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      heldHere.set(file, 1);
      return releaser(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    const holder = parseHolder(text);
    if (holder && (await holds(holder))) {
      // This very process wrote it and lost count (it cannot happen twice): it is ours to share.
      if (holder.pid === process.pid) {
        heldHere.set(file, (heldHere.get(file) ?? 0) + 1);
        return releaser(file);
      }
      throw new LibraryInUseError(holder);
    }
    await takeOverStale(file, text);
  }
  throw new AnnalsError('STORAGE_FAILED', 'Could not lock the library folder for this computer.');
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

function releaser(file: string): () => Promise<void> {
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    const count = (heldHere.get(file) ?? 1) - 1;
    if (count > 0) {
      heldHere.set(file, count);
      return;
    }
    heldHere.delete(file);
    // Only our own lock: one taken over meanwhile belongs to whoever took it.
    const holder = parseHolder(await readFile(file, 'utf8').catch(() => ''));
    if (holder?.pid === process.pid && holder.hostname === hostname()) await rm(file, { force: true });
  };
}
