import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SyncStatus } from '../../contract/index.ts';
import { forEachLimited } from '../concurrency/worker-pool.ts';
import { isStamp, laterStamp, type Stamp, stampDate } from './clock.ts';
import type { SettledConflict } from './conflict-merge.ts';
import type { Device } from './device.ts';

/** Folders of per-device records outside the articles (device id = file name). */
const RECORD_FOLDERS = ['feeds/records', 'stories/records', 'tags/records', 'settings'];
const RECORD_FILE = /^([a-z0-9]{4,40})\.json$/;
/** A record larger than this is not read for its stamps (no record comes near it). */
const MAX_RECORD_BYTES = 8 * 1024 * 1024;

export interface SyncStatusSource {
  root: string;
  device: Device;
  /** Device names by id (devices/<id>.json). */
  deviceNames(): Promise<Record<string, string>>;
  /** How many listed articles are still arriving. */
  arriving(): number;
}

/**
 * What Settings › Sync and `annals sync status` show: this device, the others that wrote to the
 * library with when their latest change was made (the newest stamp in their newest record file, never
 * a time anyone writes), conflict copies settled since opening, and articles still arriving.
 * The walk over record folders is remembered until the library changes.
 */
export class SyncStatusService {
  private conflictsMerged = 0;
  private lastChanges: Promise<Map<string, Stamp | null>> | null = null;

  constructor(private readonly source: SyncStatusSource) {}

  settled(settled: SettledConflict[]): void {
    this.conflictsMerged += settled.filter((entry) => entry.outcome !== 'deferred').length;
    this.changed();
  }

  /** Files changed: the next status walks the records again. */
  changed(): void {
    this.lastChanges = null;
  }

  async status(): Promise<SyncStatus> {
    const { device } = this.source;
    this.lastChanges ??= lastChangesByDevice(this.source.root);
    const [names, changes] = await Promise.all([this.source.deviceNames(), this.lastChanges]);
    const ids = new Set([...Object.keys(names), ...changes.keys()]);
    ids.delete(device.id);
    const devices = [...ids]
      .map((id) => {
        const at = changes.get(id);
        return { id, name: names[id] ?? id, lastChangeAt: at ? stampDate(at) : null };
      })
      .sort((a, b) => (b.lastChangeAt ?? '').localeCompare(a.lastChangeAt ?? '') || a.id.localeCompare(b.id));
    return {
      device: device.id,
      deviceName: device.name,
      devices,
      conflictsMerged: this.conflictsMerged,
      arriving: this.source.arriving(),
    };
  }
}

/** Per device, the newest stamp in its newest record file (by modification time: sync tools keep it). */
async function lastChangesByDevice(root: string): Promise<Map<string, Stamp | null>> {
  const newest = new Map<string, { file: string; mtimeMs: number }>();
  const consider = async (folder: string) => {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const device = RECORD_FILE.exec(name)?.[1];
      if (!device) continue;
      const file = join(folder, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      const held = newest.get(device);
      if (!held || info.mtimeMs > held.mtimeMs) newest.set(device, { file, mtimeMs: info.mtimeMs });
    }
  };
  for (const folder of RECORD_FOLDERS) await consider(join(root, ...folder.split('/')));
  const articles = await readdir(join(root, 'articles')).catch(() => [] as string[]);
  await forEachLimited(articles, 16, (id) => consider(join(root, 'articles', id, 'records')));
  const changes = new Map<string, Stamp | null>();
  for (const [device, { file }] of newest) changes.set(device, await newestStampIn(file));
  return changes;
}

async function newestStampIn(file: string): Promise<Stamp | null> {
  try {
    if ((await stat(file)).size > MAX_RECORD_BYTES) return null;
    let latest: Stamp | undefined;
    JSON.parse(await readFile(file, 'utf8'), (key, value: unknown) => {
      if (key === 'at' && isStamp(value)) latest = laterStamp(latest, value);
      return value;
    });
    return latest ?? null;
  } catch {
    return null; // damaged or mid-sync: the device is listed without a time until it reads
  }
}
