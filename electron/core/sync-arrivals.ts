import type { Library } from './library/library.ts';
import { keptAsideMessages } from './sync/conflict-merge.ts';
import type { ConflictRules } from './sync/conflict-rules.ts';
import { type LibrarySync, startLibrarySync } from './sync/library-sync.ts';
import type { SyncStatusService } from './sync/sync-status.ts';
import type { LibraryChanges, LibraryWatchOptions } from './sync/watch.ts';

/** Library-level files whose arrival means reading feeds, tag colours and stories again. */
/** A file directly in an article's folder (not in records/, versions/ or assets/). */
const ARTICLE_FILE = /^articles\/[^/]+\/[^/]+$/;
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
      targets.library.recovered.push(...keptAsideMessages(settled));
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
  // Files an older Annals writes beside the folders (article.json, annotations.json) are read whatever
  // the index knows; records and versions only when their folders changed since this device read them
  // (this device's own saves are what the watcher mostly sees).
  const [legacy, records] = partition(arrived, (article) => article.paths.some((path) => ARTICLE_FILE.test(path)));
  if (legacy.length > 0) await library.reread(legacy.map((article) => article.id));
  if (records.length > 0)
    await library.reread(
      records.map((article) => article.id),
      true,
    );
  if (changes.files.some((path) => LIBRARY_FILES.test(path) && !isOwn(path, targets.device)))
    await targets.reloadLibraryFiles();
}

/** A path this device wrote itself (one of its records), or a folder (its files are listed too). */
function isOwn(path: string, device: string): boolean {
  return path.endsWith('/') || path.endsWith(`records/${device}.json`);
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
