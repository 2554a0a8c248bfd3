import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { AnnalsError } from '../../../contract/index.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import { withLeanHeap } from '../../concurrency/lean-heap.ts';
import type { EventHub } from '../../events.ts';
import type { Feeds } from '../../feeds/feeds.ts';
import type { Library } from '../../library/library.ts';
import type { SettingsService } from '../../settings/settings-service.ts';
import { backupTarget } from './location.ts';
import { type RestoreResult, restoreBackup } from './restore.ts';
import { type BackupResult, writeBackup } from './write-backup.ts';

export interface BackupContext {
  library: Library;
  annotations: Annotations;
  feeds: Feeds;
  settings: SettingsService;
  events: EventHub;
  appVersion: string;
  /** Where backups go when no path is given (else Downloads, else beside the library). */
  backupDir?: string;
  now: () => Date;
  /** See RestoreOptions.mergeLibraryFile. */
  mergeLibraryFile?: (name: string, path: string) => Promise<boolean>;
  /** Library-level files (feeds, tag colours, stories) as every device's records make them, by name. */
  libraryFiles?: () => Promise<Record<string, string>>;
}

export type RestoreSource = { path: string } | { data: string };

/** `library.backup`: the archive written where asked, with progress for the status area. */
export async function backupLibrary(context: BackupContext, path: string | undefined): Promise<BackupResult> {
  const target = await backupTarget(path, {
    libraryDir: context.library.paths.root,
    backupDir: context.backupDir,
    now: context.now(),
  });
  return withProgress(context, 'Backing up the library', async (progress) => {
    const result = await withLeanHeap(async () =>
      writeBackup({
        library: context.library,
        annotations: context.annotations,
        settings: context.settings.get(),
        appVersion: context.appVersion,
        now: context.now,
        target,
        onProgress: progress,
        libraryFiles: await context.libraryFiles?.(),
      }),
    );
    return { result, message: `Backed up ${result.articles} articles to ${result.path}` };
  });
}

/** `library.restore`: a backup file (by path, or sent as base64) merged into the running library. */
export async function restoreLibrary(
  context: BackupContext,
  source: RestoreSource,
): Promise<Omit<RestoreResult, 'settings'>> {
  // A file is read from disk a piece at a time; an upload from the window is in memory already.
  const archive = 'path' in source ? await backupFile(source.path) : Buffer.from(source.data, 'base64');
  return withProgress(context, 'Restoring a backup', async (progress) => {
    const { settings, ...result } = await withLeanHeap(() =>
      restoreBackup({
        library: context.library,
        annotations: context.annotations,
        feeds: context.feeds,
        now: context.now,
        archive,
        onProgress: progress,
        ...(context.mergeLibraryFile ? { mergeLibraryFile: context.mergeLibraryFile } : {}),
      }),
    );
    if (settings) await applySettings(context, settings, result.intoEmpty);
    // Feeds and tag colours changed too: every view reads the library again.
    context.events.emit('libraryChanged', {});
    return { result, message: `Restored ${result.restored} articles, merged ${result.merged}` };
  });
}

/** Into an empty library the backup's settings come back whole; into a used one only its saved searches are added. */
async function applySettings(
  context: BackupContext,
  settings: NonNullable<RestoreResult['settings']>,
  whole: boolean,
): Promise<void> {
  const current = context.settings.get();
  const savedSearches = [...new Set([...current.savedSearches, ...settings.savedSearches])].slice(0, 50);
  const next = whole ? await context.settings.set(settings) : await context.settings.set({ savedSearches });
  context.events.emit('settingsChanged', next);
}

async function backupFile(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new AnnalsError('NOT_FOUND', `There is no backup file at ${path}.`);
  return path;
}

async function withProgress<T>(
  context: BackupContext,
  label: string,
  work: (progress: (done: number, total: number) => void) => Promise<{ result: T; message: string }>,
): Promise<T> {
  const taskId = randomBytes(6).toString('hex');
  const emit = (done: number, total: number, state: 'running' | 'done' | 'failed', message?: string) =>
    context.events.emit('progress', { taskId, label, done, total, state, ...(message ? { message } : {}) });
  emit(0, 0, 'running');
  try {
    const { result, message } = await work((done, total) => emit(done, total, 'running'));
    emit(1, 1, 'done', message);
    return result;
  } catch (error) {
    emit(0, 0, 'failed', error instanceof Error ? error.message : String(error));
    throw error;
  }
}
