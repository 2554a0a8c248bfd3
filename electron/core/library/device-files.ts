import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { type Device, DeviceSchema } from '../sync/device.ts';
import { DEVICE_DATA_FOLDER, type LibraryPaths } from './paths.ts';

/**
 * What a sync tool must leave alone: this computer's derived data (its import queue included), the
 * temporary files of atomic writes, the folders a backup or restore stages its copies in (hard links
 * of the whole library, gone when it ends), and what Annals sets aside. Syncthing reads .stignore;
 * other tools have settings of their own.
 */
export const STIGNORE_LINES = [DEVICE_DATA_FOLDER, '.*.tmp', '.backup-*', '.restore-*', 'corrupt', 'backups'];
const STIGNORE_HEADER = '// Annals: each computer’s own data and temporary files, never synced';

/**
 * Makes this device known in the library: devices/<id>.json with its name (written by it only), and
 * a .stignore listing what must not be synced (created if absent, missing lines added, the reader's
 * own lines kept).
 */
export async function introduceDevice(paths: LibraryPaths, device: Device): Promise<void> {
  const file = paths.deviceFile(device.id);
  const known = await readJsonFile(file, DeviceSchema);
  if (known.status !== 'ok' || known.value.name !== device.name) {
    await makePrivateFolder(paths.devices);
    await writeFileAtomic(file, `${JSON.stringify({ id: device.id, name: device.name }, null, 2)}\n`);
  }
  await writeStignore(paths.stignore);
}

export async function writeStignore(file: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const lines = (text ?? '').split(/\r?\n/);
  const present = new Set(lines.map((line) => line.trim()));
  const missing = STIGNORE_LINES.filter((line) => !present.has(line));
  if (missing.length === 0) return;
  const kept = text === null ? [] : lines.slice(0, lines.at(-1) === '' ? -1 : undefined);
  const header = present.has(STIGNORE_HEADER) ? [] : [STIGNORE_HEADER];
  await writeFileAtomic(file, `${[...kept, ...header, ...missing].join('\n')}\n`);
}
