import { mergeConflictCopies, type SettledConflict } from './conflict-merge.ts';
import { parseConflictName } from './conflict-names.ts';
import type { ConflictRules } from './conflict-rules.ts';
import { type LibraryChanges, type LibraryWatchOptions, watchLibrary } from './watch.ts';

/**
 * What a running core does about files arriving from other devices: it watches the library, settles
 * the conflict copies among the arrivals by the registered rules, and then hands the batch on to be
 * read in. Batches are handled one at a time, in order; close() waits for the one in hand.
 */
export interface LibrarySyncOptions extends LibraryWatchOptions {
  rules: ConflictRules;
  /** Called after the batch's conflict copies were settled (a throw is reported, not fatal). */
  onArrived: (changes: LibraryChanges, settled: SettledConflict[]) => void | Promise<void>;
  now?: () => Date;
}

export interface LibrarySync {
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export function startLibrarySync(libraryDir: string, options: LibrarySyncOptions): LibrarySync {
  const { rules, onArrived, now, onError = () => {}, ...watchOptions } = options;
  let closed = false;
  let handling: Promise<void> = Promise.resolve();

  const handle = async (changes: LibraryChanges) => {
    if (closed) return;
    const dirs = changes.overflow ? undefined : foldersWithConflictCopies(changes);
    const settled =
      dirs === undefined || dirs.length > 0 ? await mergeConflictCopies(libraryDir, rules, { dirs, now }) : [];
    if (!closed) await onArrived(changes, settled);
  };
  const watcher = watchLibrary(
    libraryDir,
    (changes) => {
      handling = handling.then(() => handle(changes)).catch((error: Error) => onError(error));
    },
    { ...watchOptions, onError },
  );
  return {
    ready: watcher.ready,
    async close() {
      closed = true;
      await watcher.close();
      await handling;
    },
  };
}

/** The folders in which a batch names a conflict copy (any shape: the merge checks each properly). */
function foldersWithConflictCopies(changes: LibraryChanges): string[] {
  const paths = [...changes.files, ...changes.articles.flatMap((article) => article.paths)];
  const dirs = new Set<string>();
  for (const path of paths) {
    if (path.endsWith('/')) continue;
    const slash = path.lastIndexOf('/');
    if (parseConflictName(path.slice(slash + 1))) dirs.add(slash < 0 ? '' : path.slice(0, slash));
  }
  return [...dirs];
}
