// The core every shell holds: one library at a time, which "Move library to…" can carry to another folder
// while the app runs. Calls and events keep going through this one object; the core behind it is reopened.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { AnnalsError, type EventName, type MethodOutput } from '../../contract/index.ts';
import { EventHub } from '../events.ts';
import type { ServerInfo } from '../handlers.ts';
import { type Core, openCore } from '../index.ts';
import { HOST_LOCKS_FOLDER } from '../library/host-lock.ts';
import { LibraryPaths } from '../library/paths.ts';
import { acquireWriterLocks } from '../library/process-lock.ts';
import type { CoreOptions } from '../options.ts';
import { pathExists } from '../storage/path-exists.ts';
import { PRIVATE_FOLDER_MODE } from '../storage/private-files.ts';
import type { LibrarySync } from '../sync/library-sync.ts';
import type { LibraryWatchOptions } from '../sync/watch.ts';
import { copyAndVerify, listLibrary, removeCopy } from './copy-library.ts';
import {
  readLibraryLocation,
  restoreLibraryLocation,
  snapshotLibraryLocation,
  writeLibraryLocation,
} from './library-location.ts';
import { asideName, checkMoveTarget, checkRoomFor } from './move-target.ts';

export interface MovableCore extends Core {
  /** The library's folder now: it changes when the reader moves the library. */
  readonly libraryDir: string;
}

type MoveResult = MethodOutput<'library.move'>;

const MOVE_TASK = 'library-move';
const MOVE_LABEL = 'Moving the library';
/** Progress is told at most this many times per move, however many files the library holds. */
const PROGRESS_STEPS = 200;

/** Opens the library at options.libraryDir behind a core that can move it (library.move). */
export async function openMovableCore(options: CoreOptions): Promise<MovableCore> {
  await refuseMissingMovedLibrary(options);
  const events = new EventHub();
  const emit = events.emit.bind(events) as (name: EventName, payload: unknown) => void;
  let libraryDir = options.libraryDir;
  let serverInfo: ServerInfo | null = null;
  let backgroundWanted = false;
  let stopBackground = () => {};
  let detach = () => {};
  let moving: Promise<MoveResult> | null = null;

  const open = (dir: string) => openCore({ ...options, libraryDir: dir, moveLibrary: (to) => move(to) });
  /** Watchers started through watchArrivals, each watching the library wherever it is now. */
  const watchers = new Set<FollowingWatcher>();
  const attach = (core: Core, dir: string) => {
    current = core;
    libraryDir = dir;
    core.setServerInfo(serverInfo);
    detach = core.onEvent((name, payload) => emit(name, payload));
    if (backgroundWanted) stopBackground = core.startBackgroundWork();
    // Closing the core before the move closed their watches of the old folder: each starts again here.
    for (const watcher of watchers) watcher.follow(core);
  };
  /** Stops the core's work and closes it: every pending write is on disk, and the library's lock is free. */
  const closeCurrent = async () => {
    stopBackground();
    stopBackground = () => {};
    detach();
    await current.close();
  };
  let current: Core = await open(libraryDir);
  attach(current, libraryDir);

  function move(to: string): Promise<MoveResult> {
    if (moving) return Promise.reject(new AnnalsError('BAD_INPUT', 'The library is being moved already.'));
    const task = moveTo(to).finally(() => {
      moving = null;
    });
    moving = task;
    return task;
  }

  async function moveTo(to: string): Promise<MoveResult> {
    if (options.readOnly) throw new AnnalsError('BAD_INPUT', 'This library is open for reading only.');
    const from = libraryDir;
    const target = await checkMoveTarget(from, to);
    const lockRel = relative(from, current.library.paths.lock);
    const before = new Set(target.exists ? await readdir(target.path) : []);
    const progress = (done: number, total: number, state: 'running' | 'done' | 'failed', message?: string) =>
      emit('progress', { taskId: MOVE_TASK, label: MOVE_LABEL, done, total, state, ...(message ? { message } : {}) });
    progress(0, 0, 'running');
    await closeCurrent();
    // The old folder stays locked while it is copied: no other Annals (a CLI command) may change it meanwhile.
    let releaseOldLock: (() => Promise<void>) | null = null;
    let madeFolder: string | undefined;
    let next: Core;
    let listing: Awaited<ReturnType<typeof listLibrary>>;
    try {
      releaseOldLock = await acquireWriterLocks(new LibraryPaths(from, options.device.id), options.device);
      // Everything is copied, this device's own .annals/<device> too: the search index, the last good copies
      // and what feeds last answered are as valid in the new folder as in the old, so nothing is rebuilt.
      // The locks stay behind: they belong to the old folder.
      listing = await listLibrary(from, new Set([lockRel, join(HOST_LOCKS_FOLDER)]));
      await checkRoomFor(target.path, listing.bytes);
      madeFolder = target.exists ? undefined : await mkdir(target.path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
      const total = listing.files * 2;
      const every = Math.max(1, Math.floor(total / PROGRESS_STEPS));
      await copyAndVerify(from, target.path, listing, (step, done, files) => {
        const overall = step === 'copying' ? done : files + done;
        if (overall % every === 0 || overall === total) progress(overall, total, 'running');
      });
      next = await openAndPoint(target.path);
    } catch (error) {
      await removeCopy(target.path, madeFolder, before).catch(() => {});
      await releaseOldLock?.();
      await reopenAfterFailure(from, error);
      const message = error instanceof Error ? error.message : String(error);
      progress(0, 0, 'failed', message);
      if (error instanceof AnnalsError) throw error;
      throw new AnnalsError('STORAGE_FAILED', `The library could not be moved (${message}); it stays in ${from}.`);
    }
    attach(next, target.path);
    const oldFolder = await keepAside(from, lockRel, releaseOldLock);
    progress(listing.files * 2, listing.files * 2, 'done', `Moved the library to ${target.path}`);
    emit('libraryMoved', { path: target.path });
    return {
      path: target.path,
      previousPath: from,
      oldFolder,
      files: listing.files,
      bytes: listing.bytes,
      isDefault: options.libraryLocationFile !== undefined,
    };
  }

  /** The pointer is written once the copy is checked, and put back if the copy cannot be opened. */
  async function openAndPoint(dir: string): Promise<Core> {
    const file = options.libraryLocationFile;
    const snapshot = file ? await snapshotLibraryLocation(file) : null;
    if (file) await writeLibraryLocation(file, dir);
    try {
      return await open(dir);
    } catch (error) {
      if (file) await restoreLibraryLocation(file, snapshot);
      throw error;
    }
  }

  async function reopenAfterFailure(from: string, cause: unknown): Promise<void> {
    try {
      attach(await open(from), from);
    } catch (error) {
      throw new AnnalsError(
        'STORAGE_FAILED',
        `The library could not be moved (${String(cause)}) nor opened again (${String(error)}); it is intact in ${from}: restart Annals.`,
      );
    }
  }

  /**
   * The old folder is renamed aside, not deleted: a reader who moved a library (as in Obsidian or NetNewsWire,
   * where a moved vault or account folder is simply elsewhere) expects the old place to be no longer in use, yet
   * an intact copy to look at for as long as they doubt the new one. Nothing opens it by accident under its new
   * name, and the result says where it is. A folder that cannot be renamed is left where it was, unused.
   */
  async function keepAside(from: string, lockRel: string, releaseLocks: () => Promise<void>): Promise<string> {
    try {
      const aside = await asideName(from, (options.now ?? (() => new Date()))());
      await rename(from, aside);
      // Held until renamed, so nothing opens the old folder meanwhile; the lock files moved along with it.
      await releaseLocks();
      await rm(join(aside, lockRel), { force: true });
      await rm(join(aside, HOST_LOCKS_FOLDER), { recursive: true, force: true });
      return aside;
    } catch {
      await releaseLocks().catch(() => {});
      return from;
    }
  }

  const settled = async () => {
    while (moving) await moving.catch(() => {});
  };

  return {
    get libraryDir() {
      return libraryDir;
    },
    // Calls that arrive while the library moves wait, then reach it in its new folder.
    async dispatch(method, input) {
      await settled();
      return current.dispatch(method, input);
    },
    onEvent: (listener) => events.on(listener),
    assetPath: (articleId, file) => current.assetPath(articleId, file),
    feedIconPath: (file) => current.feedIconPath(file),
    setServerInfo(info) {
      serverInfo = info;
      current.setServerInfo(info);
    },
    get library() {
      return current.library;
    },
    get annotations() {
      return current.annotations;
    },
    get search() {
      return current.search;
    },
    get feeds() {
      return current.feeds;
    },
    get timeline() {
      return current.timeline;
    },
    get importer() {
      return current.importer;
    },
    startBackgroundWork() {
      backgroundWanted = true;
      stopBackground = current.startBackgroundWork();
      return () => {
        backgroundWanted = false;
        stopBackground();
        stopBackground = () => {};
      };
    },
    reloadLibraryFiles: () => current.reloadLibraryFiles(),
    // Like the one of startBackgroundWork, a watcher started here follows the library when it moves.
    watchArrivals(watchOptions) {
      const watcher = new FollowingWatcher(watchOptions, () => watchers.delete(watcher));
      watchers.add(watcher);
      watcher.follow(current);
      return watcher;
    },
    async close() {
      await settled();
      stopBackground();
      detach();
      for (const watcher of [...watchers]) await watcher.close();
      await current.close();
    },
  };
}

/**
 * A library moved to a disk that is not there now (a USB drive, a network share not mounted) is not made
 * again, empty, in its place: the reader would see an empty library, and its files would hide it when the
 * disk comes back. Only the usual folder, never moved, starts empty.
 */
async function refuseMissingMovedLibrary(options: CoreOptions): Promise<void> {
  const file = options.libraryLocationFile;
  if (!file || readLibraryLocation(file) !== options.libraryDir || (await pathExists(options.libraryDir))) return;
  throw new AnnalsError(
    'NOT_FOUND',
    `The library was moved to ${options.libraryDir}, which is not there now (is its disk connected?). Connect it, or open another library with --library.`,
  );
}

/**
 * A watch of the library for what other devices' syncs bring, started again on the core of the new
 * folder after each move; `ready` is the watch of the folder the library is in now.
 */
class FollowingWatcher implements LibrarySync {
  private watching: LibrarySync | null = null;
  private closed = false;

  constructor(
    private readonly options: LibraryWatchOptions | undefined,
    private readonly forget: () => void,
  ) {}

  get ready(): Promise<void> {
    return this.watching?.ready ?? Promise.resolve();
  }

  /** Watches `core`'s folder (the previous core closed its watch when it closed). */
  follow(core: Core): void {
    if (!this.closed) this.watching = core.watchArrivals(this.options);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.forget();
    await this.watching?.close();
  }
}
