import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lastGoodPath, readSmallFile, type SmallFileKind, writeSmallFile } from '../storage/small-file.ts';
import { type HybridClock, isStamp } from './clock.ts';
import { DeviceIdPattern } from './device.ts';

/**
 * A folder of per-device records of one library-level kind (`feeds/records/<device>.json`): each
 * device writes only its own file, so a sync tool never has to pick a winner, and everyone reads all
 * of them and merges on read. Damaged records are salvaged (see small-file.ts); this device's own is
 * written again whole once recovered.
 */
export class DeviceRecords<R> {
  constructor(
    private readonly libraryDir: string,
    /** The folder, relative to the library, forward slashes: "feeds/records". */
    private readonly folder: string,
    private readonly device: string,
    private readonly kind: SmallFileKind<R> & { serialize(record: R): string },
    private readonly options: { readOnly?: boolean; report: (message: string) => void; clock?: HybridClock },
  ) {}

  /** The path of a device's record, relative to the library. */
  recordPath(device: string): string {
    return `${this.folder}/${device}.json`;
  }

  /** Every device's record that can be had (this device's own included), by device id. */
  async load(): Promise<Map<string, R>> {
    const devices = new Set([
      ...(await recordDevices(join(this.libraryDir, ...this.folder.split('/')))),
      // A record seen before and gone since (deleted by hand, or by a sync mishap) comes back from its copy.
      ...(await recordDevices(lastGoodPath(this.libraryDir, this.device, this.folder))),
    ]);
    const records = new Map<string, R>();
    for (const device of [...devices].sort()) {
      const rel = this.recordPath(device);
      const read = await readSmallFile(this.libraryDir, rel, this.kind, {
        device: this.device,
        readOnly: this.options.readOnly,
        missingIsLoss: true,
      });
      if (read.status === 'missing') continue;
      if (read.status === 'recovered' && read.message) this.options.report(read.message);
      const record = read.value;
      if (record === null) continue;
      if (read.status === 'recovered' && device === this.device && !this.options.readOnly) await this.writeOwn(record);
      observeStamps(this.options.clock, record);
      records.set(device, record);
    }
    return records;
  }

  async writeOwn(record: R): Promise<void> {
    await writeSmallFile(this.libraryDir, this.recordPath(this.device), this.kind.serialize(record), this.device);
  }
}

async function recordDevices(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const match = /^(.+)\.json$/.exec(name);
    return match && DeviceIdPattern.test(match[1]!) ? [match[1]!] : [];
  });
}

/** Lets the clock see every change stamp in a record, so this device's next change sorts after all of them. */
export function observeStamps(clock: HybridClock | undefined, value: unknown): void {
  if (!clock || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) observeStamps(clock, item);
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'at' && isStamp(inner)) clock.observe(inner);
    else observeStamps(clock, inner);
  }
}
