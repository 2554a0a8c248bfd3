import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';

/**
 * The dumbest sync tool that still behaves like one: it carries files both ways between two
 * folders, remembering what it carried last time so a change on one side simply travels, a deletion
 * travels, and a file changed on both sides is settled the way Syncthing settles it: the newer file
 * (by modification time) wins and the older is kept beside it as
 * `name.sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX.ext`, on both sides. Files arrive as Syncthing's do:
 * written to a temp file, given the source's modification time, renamed into place.
 *
 * Lets tests drive the scenarios of two devices on one library without daemons. It reads the
 * `.stignore` of each side (plain names and `*` patterns, as Annals writes them).
 */
export interface DumbSyncOptions {
  /** Seven characters naming each side in conflict-copy names (Syncthing uses the device id's start). */
  deviceA?: string;
  deviceB?: string;
  /** When the conflict happened, for the conflict-copy name. */
  now?: () => Date;
}

export interface DumbSyncReport {
  /** Relative paths copied from a to b and from b to a. */
  toB: string[];
  toA: string[];
  /** Relative paths removed on one side because the other side had removed them. */
  deleted: string[];
  /** The conflict copies made (relative paths), each now on both sides. */
  conflicts: string[];
}

interface FileState {
  hash: string;
  mtimeMs: number;
}

const SHORT_ID = /^[A-Z0-9]{7}$/;

export class DumbSync {
  /** Each path's hash when the two sides last agreed on it. */
  private readonly synced = new Map<string, string>();
  private readonly deviceA: string;
  private readonly deviceB: string;
  private readonly now: () => Date;

  constructor(
    readonly a: string,
    readonly b: string,
    options: DumbSyncOptions = {},
  ) {
    this.deviceA = options.deviceA ?? 'AAAAAAA';
    this.deviceB = options.deviceB ?? 'BBBBBBB';
    if (!SHORT_ID.test(this.deviceA) || !SHORT_ID.test(this.deviceB)) throw new Error('device names: 7 of A-Z0-9');
    this.now = options.now ?? (() => new Date());
  }

  /** One round both ways; afterwards both sides hold the same files. */
  async sync(): Promise<DumbSyncReport> {
    const report: DumbSyncReport = { toB: [], toA: [], deleted: [], conflicts: [] };
    const [filesA, filesB] = await Promise.all([listFiles(this.a), listFiles(this.b)]);
    const paths = new Set([...filesA.keys(), ...filesB.keys()]);
    for (const path of [...paths].sort()) {
      const inA = filesA.get(path);
      const inB = filesB.get(path);
      const base = this.synced.get(path);
      if (inA && inB) {
        if (inA.hash === inB.hash) this.synced.set(path, inA.hash);
        else if (inB.hash === base) await this.carry(path, this.a, this.b, report.toB, inA);
        else if (inA.hash === base) await this.carry(path, this.b, this.a, report.toA, inB);
        else await this.settleConflict(path, inA, inB, report);
      } else if (inA) {
        if (base !== undefined && inA.hash === base) await this.remove(path, this.a, report);
        else await this.carry(path, this.a, this.b, report.toB, inA);
      } else if (inB) {
        if (base !== undefined && inB.hash === base) await this.remove(path, this.b, report);
        else await this.carry(path, this.b, this.a, report.toA, inB);
      }
    }
    return report;
  }

  /** The newer side wins; the older is kept as a conflict copy named after the device that wrote it. */
  private async settleConflict(path: string, inA: FileState, inB: FileState, report: DumbSyncReport) {
    // Equal times: side a wins, so a round is the same every time it is run.
    const aWins = inA.mtimeMs >= inB.mtimeMs;
    const [winner, loser] = aWins ? [this.a, this.b] : [this.b, this.a];
    const copy = conflictCopyName(path, this.now(), aWins ? this.deviceB : this.deviceA);
    await rename(join(loser, path), join(loser, copy));
    await copyFile(loser, winner, copy);
    await copyFile(winner, loser, path);
    this.synced.set(path, (aWins ? inA : inB).hash);
    this.synced.set(copy, (aWins ? inB : inA).hash);
    (aWins ? report.toB : report.toA).push(path);
    report.conflicts.push(copy);
  }

  private async carry(path: string, from: string, to: string, list: string[], state: FileState) {
    await copyFile(from, to, path);
    this.synced.set(path, state.hash);
    list.push(path);
  }

  private async remove(path: string, side: string, report: DumbSyncReport) {
    await rm(join(side, path), { force: true });
    this.synced.delete(path);
    report.deleted.push(path);
  }
}

/** Syncthing's name for the losing copy: `stem.sync-conflict-<date>-<time>-<device>.ext`. */
export function conflictCopyName(path: string, when: Date, device: string): string {
  const extension = extname(basename(path));
  const stem = path.slice(0, path.length - extension.length);
  const iso = when.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  return `${stem}.sync-conflict-${stamp}-${device}${extension}`;
}

/** Copies through a temp file renamed into place, keeping the source's modification time. */
async function copyFile(from: string, to: string, path: string): Promise<void> {
  const source = join(from, path);
  const target = join(to, path);
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.syncthing.${basename(target)}.tmp`);
  const [bytes, info] = await Promise.all([readFile(source), stat(source)]);
  await writeFile(temp, bytes);
  await utimes(temp, info.atime, info.mtime);
  await rename(temp, target);
}

/** Every file under `root` (relative paths with `/`), but what its .stignore leaves out. */
async function listFiles(root: string): Promise<Map<string, FileState>> {
  const ignored = await readIgnores(root);
  const files = new Map<string, FileState>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (isIgnored(path, ignored)) continue;
    const full = join(root, path);
    const [bytes, info] = await Promise.all([readFile(full), stat(full)]);
    files.set(path, { hash: createHash('sha256').update(bytes).digest('hex'), mtimeMs: info.mtimeMs });
  }
  return files;
}

/** Syncthing's own files, and every line of .stignore as a pattern matched against each path segment. */
async function readIgnores(root: string): Promise<RegExp[]> {
  const always = [/^\.stfolder$/, /^\.stignore$/, /^\.stversions$/, /^\.syncthing\..*\.tmp$/];
  const text = await readFile(join(root, '.stignore'), 'utf8').catch(() => '');
  const lines = text
    .split('\n')
    .map((line) => line.replace(/^\(\?d\)/, '').trim())
    .filter((line) => line && !line.startsWith('//'));
  for (const line of lines) {
    if (line.startsWith('!') || line.includes('/') || line.includes('**'))
      throw new Error(`dumb sync understands plain names and * only, not “${line}”`);
    const pattern = line.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replaceAll('*', '[^/]*');
    always.push(new RegExp(`^${pattern}$`));
  }
  return always;
}

function isIgnored(path: string, patterns: RegExp[]): boolean {
  return path.split('/').some((segment) => patterns.some((pattern) => pattern.test(segment)));
}
