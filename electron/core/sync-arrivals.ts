import type { Library } from './library/library.ts';
import type { ConflictRules } from './sync/conflict-rules.ts';
import { type LibrarySync, startLibrarySync } from './sync/library-sync.ts';
import type { SyncStatusService } from './sync/sync-status.ts';
import type { LibraryChanges, LibraryWatchOptions } from './sync/watch.ts';

/** Library-level files whose arrival means reading feeds, tag colours and stories again. */
const LIBRARY_FILES = /^(?:feeds|stories|tags)\/records\/|^(?:feeds|stories|tags)\.json$/;

export interface ArrivalTargets {
  libraryDir: string;
  /** This device's id: its own record files, written here, are not news. */
  device: string;
  rules: ConflictRules;
  now: () => Date;
  library: Library;
  status: SyncStatusService;
  reloadLibraryFiles(): Promise<void>;
  onError(error: Error): void;
}

/**
 * While the app runs: files another device's sync brings are noticed, their conflict copies settled,
 * and what they touch read again (the articles named, or every changed one when too much arrived to
 * name), so the views update without a restart: the library's change event reaches every shell.
 */
export function watchArrivals(targets: ArrivalTargets, options: LibraryWatchOptions = {}): LibrarySync {
  const { status } = targets;
  return startLibrarySync(targets.libraryDir, {
    ...options,
    rules: targets.rules,
    now: targets.now,
    onError: targets.onError,
    onArrived: async (changes, settled) => {
      if (settled.length > 0) status.settled(settled);
      await readArrivals(targets, changes);
      status.changed();
    },
  });
}

async function readArrivals(targets: ArrivalTargets, changes: LibraryChanges): Promise<void> {
  const { library } = targets;
  if (changes.files.some((path) => path.startsWith('devices/'))) await library.loadDeviceNames();
  if (changes.overflow) {
    await library.reread('stale');
    await targets.reloadLibraryFiles();
    return;
  }
  const arrived = changes.articles.filter((article) => !article.paths.every((path) => isOwn(path, targets.device)));
  if (arrived.length > 0) await library.reread(arrived.map((article) => article.id));
  if (changes.files.some((path) => LIBRARY_FILES.test(path) && !isOwn(path, targets.device)))
    await targets.reloadLibraryFiles();
}

/** A path this device wrote itself (one of its records), or a folder (its files are listed too). */
function isOwn(path: string, device: string): boolean {
  return path.endsWith('/') || path.endsWith(`records/${device}.json`);
}
