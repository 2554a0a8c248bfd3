import { readFile, rm, writeFile } from 'node:fs/promises';
import { AnnalsError } from '../../contract/index.ts';
import { PRIVATE_FILE_MODE } from '../storage/private-files.ts';
import type { Device } from '../sync/device.ts';
import { acquireHostLock } from './host-lock.ts';
import type { LibraryPaths } from './paths.ts';
import { isAlive } from './process-start.ts';

/**
 * One process writes a library at a time (the app, browser mode or a CLI command). A lock left by a
 * process that died is taken over.
 */
export async function acquireLibraryLock(file: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (Number.isFinite(holder) && isAlive(holder)) {
        throw new AnnalsError(
          'STORAGE_FAILED',
          `This library is open in another Annals process (pid ${holder}). Close it, or use that window.`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new AnnalsError('STORAGE_FAILED', 'Could not lock the library folder.');
}

/**
 * Both locks a writer holds: this device's (another process as the same device) and this computer's
 * (another process as any device, e.g. a second profile on the same folder). Released together.
 */
export async function acquireWriterLocks(paths: LibraryPaths, device: Device): Promise<() => Promise<void>> {
  const releaseDevice = await acquireLibraryLock(paths.lock);
  try {
    const releaseHost = await acquireHostLock(paths.root, device);
    return async () => {
      await releaseHost();
      await releaseDevice();
    };
  } catch (error) {
    await releaseDevice();
    throw error;
  }
}
