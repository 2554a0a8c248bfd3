import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { GiveWay } from '../concurrency/reader-activity.ts';
import { ChangeBatch, isWatchedPath, type LibraryChanges } from './change-batch.ts';

export type { LibraryChanges } from './change-batch.ts';

/**
 * Notices files arriving in a library while Annals runs (a sync tool bringing another device's
 * changes, conflict copies) and reports them in batches grouped by article and library file.
 *
 * Two ways, because either alone misses things:
 * - file-system events: one recursive fs.watch where the system watches trees natively (macOS,
 *   Windows); on Linux, where Node's "recursive" mode walks the whole tree at start (blocking) and
 *   holds an inotify watch per file and folder, a plain watch on each folder up to `watchBudget`;
 * - a rescan of folder modification times, a slice of `rescanBudget` folders each tick, because
 *   sync tools write by renaming temp files into place, events get lost, and a large library has
 *   more folders than a system lets one process watch. Every arrival changes its folder's time.
 */
export interface LibraryWatchOptions {
  /** Quiet time after the last change before a batch goes out. */
  debounceMs?: number;
  /** A steady stream of changes still goes out this often. */
  maxDelayMs?: number;
  /** How often a slice of folders is checked. */
  rescanIntervalMs?: number;
  /** Folders checked per tick: the bound on the rescan's work. */
  rescanBudget?: number;
  /** Folders watched one by one (Linux); the rest are left to the rescan. */
  watchBudget?: number;
  /** Paths one batch holds before it says `overflow`. */
  maxBatchPaths?: number;
  /** Folders found changed after this, the first time they are seen, are reported (default: the start). */
  since?: Date;
  /** One recursive watch, or a watch per folder; by default what the platform does natively. */
  mode?: 'recursive' | 'folders';
  onError?: (error: Error) => void;
  /** Waits while the reader scrolls (the core's ReaderActivity), every FOLDERS_PER_TURN folders walked. */
  giveWay?: GiveWay;
}

export interface LibraryWatcher {
  /** Resolves once every folder has been seen, so changes from then on are all caught. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export function watchLibrary(
  root: string,
  onChanges: (changes: LibraryChanges) => void,
  options: LibraryWatchOptions = {},
): LibraryWatcher {
  return new LibraryWatch(root, onChanges, options);
}

interface Folder {
  mtimeMs: number;
  /**
   * Its time was too close to when it was read to be trusted: a file arriving in the same clock tick
   * (or the same 2 s on FAT drives) leaves the time as it was, so the folder is read again next time.
   */
  racy: boolean;
  /** Names of its subfolders, to notice one going away. */
  subfolders: readonly string[];
  /** When it was read (Date.now()). */
  readAt: number;
  /**
   * Its files' stamps when it was read, taken only when it had changed or was racy: what a later change of
   * the folder is compared with, so only the files that changed are reported, not everything it holds.
   */
  files?: ReadonlyMap<string, string>;
}

/** A file as stat saw it: its stamp, and when it was last written, renamed or given a time. */
interface FileStamp {
  stamp: string;
  ctimeMs: number;
}

interface Visit {
  dir: string;
  /** A folder known to be new or changed: every file in it is reported. */
  fresh: boolean;
}

const NONE: readonly string[] = Object.freeze([]);
/** How close to "now" a folder's time must be to be doubted (FAT and some network drives keep 2 s). */
const RACY_MS = 2_000;
/** Folders walked between two looks at whether the reader scrolls: the first walk of a large library is seconds. */
const FOLDERS_PER_TURN = 64;

class LibraryWatch implements LibraryWatcher {
  readonly ready: Promise<void>;
  private readonly folders = new Map<string, Folder>();
  private readonly watchers = new Map<string, FSWatcher>();
  private recursiveWatcher: FSWatcher | null = null;
  private readonly batch: ChangeBatch;
  private readonly queue: Visit[] = [];
  private queueHead = 0;
  private readonly queued = new Set<string>();
  private sweep: string[] = [];
  private sweepAt = 0;
  private pumping: Promise<void> | null = null;
  private closed = false;
  private debounceTimer: NodeJS.Timeout | null = null;
  private delayTimer: NodeJS.Timeout | null = null;
  private readonly rescanTimer: NodeJS.Timeout;
  private readonly sinceMs: number;
  private watchBudget: number;
  private readonly settings: Required<Omit<LibraryWatchOptions, 'since' | 'mode' | 'onError' | 'giveWay'>>;
  private readonly onError: (error: Error) => void;
  private readonly giveWay: GiveWay | undefined;
  private visited = 0;

  constructor(
    private readonly root: string,
    private readonly onChanges: (changes: LibraryChanges) => void,
    options: LibraryWatchOptions,
  ) {
    this.settings = {
      debounceMs: options.debounceMs ?? 250,
      maxDelayMs: options.maxDelayMs ?? 2_000,
      rescanIntervalMs: options.rescanIntervalMs ?? 5_000,
      rescanBudget: options.rescanBudget ?? 512,
      watchBudget: options.watchBudget ?? 1_024,
      maxBatchPaths: options.maxBatchPaths ?? 10_000,
    };
    this.watchBudget = this.settings.watchBudget;
    this.onError = options.onError ?? (() => {});
    this.giveWay = options.giveWay;
    this.sinceMs = (options.since ?? new Date()).getTime();
    this.batch = new ChangeBatch(this.settings.maxBatchPaths);
    const mode =
      options.mode ?? (process.platform === 'darwin' || process.platform === 'win32' ? 'recursive' : 'folders');
    if (mode === 'recursive') this.watchTree();
    this.enqueue({ dir: '', fresh: false });
    this.ready = this.pump();
    this.rescanTimer = setInterval(() => this.rescanSlice(), this.settings.rescanIntervalMs);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.rescanTimer);
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.delayTimer) clearTimeout(this.delayTimer);
    this.recursiveWatcher?.close();
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    await this.pumping;
  }

  /** The next slice of folders, round the library, checked for a changed modification time. */
  private rescanSlice(): void {
    if (this.closed || this.queueHead < this.queue.length) return; // still busy: no pile-up
    for (let n = 0; n < this.settings.rescanBudget; n++) {
      if (this.sweepAt >= this.sweep.length) {
        if (n > 0) break; // a new round starts next tick
        this.sweep = [...this.folders.keys()];
        this.sweepAt = 0;
        if (this.sweep.length === 0) break;
      }
      this.enqueue({ dir: this.sweep[this.sweepAt++]!, fresh: false });
    }
    void this.pump();
  }

  private enqueue(visit: Visit): void {
    if (this.queued.has(visit.dir)) return;
    this.queued.add(visit.dir);
    this.queue.push(visit);
  }

  /** Works through queued folders one at a time (each an awaited call: the event loop stays free). */
  private pump(): Promise<void> {
    this.pumping ??= this.drain().finally(() => {
      this.pumping = null;
      // Queued as the last visit finished: not left for the next tick.
      if (!this.closed && this.queueHead < this.queue.length) void this.pump();
      this.schedule();
    });
    return this.pumping;
  }

  private async drain(): Promise<void> {
    while (!this.closed && this.queueHead < this.queue.length) {
      const visit = this.queue[this.queueHead++]!;
      this.queued.delete(visit.dir);
      if (this.queueHead > 1_024 && this.queueHead * 2 > this.queue.length) {
        this.queue.splice(0, this.queueHead);
        this.queueHead = 0;
      }
      if (++this.visited % FOLDERS_PER_TURN === 0) await this.giveWay?.(() => !this.closed);
      try {
        await this.visit(visit);
      } catch (error) {
        this.onError(error as Error);
      }
    }
  }

  private async visit({ dir, fresh }: Visit): Promise<void> {
    const full = this.absolute(dir);
    const readAt = Date.now();
    const info = await stat(full).catch(() => null);
    if (!info?.isDirectory()) return this.forget(dir);
    const known = this.folders.get(dir);
    const changed = fresh || (known ? info.mtimeMs !== known.mtimeMs || known.racy : info.mtimeMs > this.sinceMs);
    if (known && !changed) return;
    // Watched before it is read, so nothing arriving while it is read slips between the two.
    if (!known) this.watchFolder(dir);
    const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
    if (!entries) return this.forget(dir);
    const subfolders: string[] = [];
    const files: string[] = [];
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (!isWatchedPath(path)) continue;
      if (entry.isDirectory()) {
        subfolders.push(entry.name);
        // Found in a folder seen before: new since then. Found while first walking: as its parent.
        if (!this.folders.has(path)) this.enqueue({ dir: path, fresh: known ? true : fresh });
      } else {
        files.push(entry.name);
      }
    }
    const racy = readAt - info.mtimeMs < RACY_MS;
    const stamps = changed || racy ? await fileStamps(full, files) : null;
    if (changed) {
      for (const name of files) {
        if (fresh || fileChanged(known, name, stamps)) this.batch.add(dir ? `${dir}/${name}` : name);
      }
    }
    if (known) {
      const present = new Set(subfolders);
      for (const name of known.subfolders) if (!present.has(name)) this.forget(dir ? `${dir}/${name}` : name);
    }
    this.folders.set(dir, {
      mtimeMs: info.mtimeMs,
      racy,
      subfolders: subfolders.length > 0 ? subfolders : NONE,
      readAt,
      ...(stamps ? { files: new Map([...stamps].map(([name, file]) => [name, file.stamp])) } : {}),
    });
    if (changed && dir) this.batch.add(`${dir}/`);
  }

  /** A folder that is gone: reported, and dropped with everything under it. */
  private forget(dir: string): void {
    const folder = this.folders.get(dir);
    this.watchers.get(dir)?.close();
    this.watchers.delete(dir);
    if (!folder) return;
    this.folders.delete(dir);
    if (dir) this.batch.add(`${dir}/`);
    for (const name of folder.subfolders) this.forget(`${dir}/${name}`);
  }

  private watchTree(): void {
    try {
      this.recursiveWatcher = watch(this.root, { recursive: true }, (event, name) => {
        if (name) this.noticed(String(name).split(sep).join('/'), event);
      });
      this.recursiveWatcher.on('error', (error) => this.onError(error));
    } catch (error) {
      // No recursive watching here: a watch per folder instead.
      this.onError(error as Error);
      this.recursiveWatcher = null;
    }
  }

  private watchFolder(dir: string): void {
    if (this.recursiveWatcher || this.closed || this.watchers.has(dir) || this.watchers.size >= this.watchBudget)
      return;
    try {
      const own = dir.slice(dir.lastIndexOf('/') + 1);
      const watcher = watch(this.absolute(dir), (event, name) => {
        // Linux names the folder itself when it is removed: indistinguishable from a child of that
        // name, so the folder is checked rather than a path guessed.
        if (name && (dir === '' || String(name) !== own)) this.noticed(dir ? `${dir}/${name}` : String(name), event);
        else this.enqueueCheck(dir);
      });
      watcher.on('error', () => {
        watcher.close();
        if (this.watchers.get(dir) === watcher) this.watchers.delete(dir);
      });
      this.watchers.set(dir, watcher);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      // Out of watches (ENOSPC on Linux) or handles: the rescan looks after the rest.
      this.watchBudget = this.watchers.size;
      this.onError(error as Error);
    }
  }

  /** A path an event named: reported; a folder come or gone is found by checking its parent. */
  private noticed(path: string, event: string): void {
    if (this.closed || !isWatchedPath(path)) return;
    this.batch.add(path);
    if (this.folders.has(path)) this.enqueueCheck(path);
    if (event === 'rename') this.enqueueCheck(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    this.schedule();
  }

  private enqueueCheck(dir: string): void {
    // Not reached by the walk yet: the walk will get there (a folder being read is watched already).
    if (!this.folders.has(dir) && !this.watchers.has(dir)) return;
    this.enqueue({ dir, fresh: false });
    void this.pump();
  }

  /** A batch goes out after a quiet moment, or at the latest maxDelayMs after its first change. */
  private schedule(): void {
    if (this.closed || this.batch.empty) return;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.flush(), this.settings.debounceMs);
    this.delayTimer ??= setTimeout(() => this.flush(), this.settings.maxDelayMs);
  }

  private flush(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.delayTimer) clearTimeout(this.delayTimer);
    this.debounceTimer = null;
    this.delayTimer = null;
    if (this.closed || this.batch.empty) return;
    try {
      this.onChanges(this.batch.take());
    } catch (error) {
      this.onError(error as Error);
    }
  }

  private absolute(dir: string): string {
    return dir ? join(this.root, ...dir.split('/')) : this.root;
  }
}

/** The stamps of a folder's files (a file gone meanwhile has none). */
async function fileStamps(folder: string, names: string[]): Promise<Map<string, FileStamp>> {
  const stamps = new Map<string, FileStamp>();
  for (const name of names) {
    const info = await stat(join(folder, name)).catch(() => null);
    if (info) stamps.set(name, { stamp: `${info.ctimeMs}:${info.mtimeMs}:${info.size}`, ctimeMs: info.ctimeMs });
  }
  return stamps;
}

/**
 * Whether a file of a changed folder changed since the folder was last read. A folder changes when any one
 * file in it is written, renamed in or removed (this device's own index or token beside a library file, say):
 * the others are no news. The change time, not the modification time, because a sync tool gives a file the
 * sending device's modification time, which may be older than the last read.
 */
function fileChanged(known: Folder | undefined, name: string, stamps: Map<string, FileStamp> | null): boolean {
  const now = stamps?.get(name);
  if (!known || !now) return true;
  if (known.files) return known.files.get(name) !== now.stamp;
  return now.ctimeMs > known.readAt - RACY_MS;
}
