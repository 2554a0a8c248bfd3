import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../../contract/index.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import type { Library } from '../../library/library.ts';
import { MANIFEST_FILE, SETTINGS_FILE } from './layout.ts';
import { BACKUP_FORMAT_VERSION, type Manifest } from './manifest.ts';
import { snapshotLibrary } from './snapshot.ts';
import {
  type PreparedEntry,
  prepareEntry,
  type WrittenEntry,
  ZipFileWriter,
  type ZipWriterOptions,
} from './zip-writer.ts';

export interface BackupOptions {
  library: Library;
  annotations: Annotations;
  settings: Settings;
  appVersion: string;
  now: () => Date;
  /** The archive to write (see backupTarget). */
  target: string;
  onProgress?: (done: number, total: number) => void;
  zip?: ZipWriterOptions;
  /** Library-level files as the backup holds them, by name (see snapshotLibrary). */
  libraryFiles?: Record<string, string>;
}

/** Files read and compressed ahead of the one being written: the disk and zlib's threads stay busy. */
const READ_AHEAD = 8;

export interface BackupResult {
  path: string;
  articles: number;
  /** Files of the library in the archive (the manifest not counted). */
  files: number;
  /** Size of the archive. */
  bytes: number;
}

/** Writes the whole library, its settings and a manifest of every file into one zip archive. */
export async function writeBackup(options: BackupOptions): Promise<BackupResult> {
  const createdAt = options.now();
  const snapshot = await snapshotLibrary(options.library, options.annotations, createdAt, options.libraryFiles);
  let zip: ZipFileWriter | null = null;
  const ahead: Promise<PreparedEntry>[] = [];
  try {
    zip = await ZipFileWriter.create(options.target, createdAt, options.zip);
    const total = snapshot.files.length + 1;
    const entries: WrittenEntry[] = [
      await zip.add(await prepareEntry(SETTINGS_FILE, encode(JSON.stringify(options.settings, null, 2)))),
    ];
    options.onProgress?.(1, total);
    // A few files in memory at a time: article files are capped in size when saved.
    const prepare = (path: string) => {
      const prepared = readFile(join(snapshot.dir, path)).then((bytes) => prepareEntry(path, bytes));
      prepared.catch(() => {}); // awaited in its turn; a failure meanwhile must not go unhandled
      ahead.push(prepared);
    };
    for (const path of snapshot.files.slice(0, READ_AHEAD)) prepare(path);
    for (let index = 0; index < snapshot.files.length; index++) {
      const next = snapshot.files[index + READ_AHEAD];
      if (next !== undefined) prepare(next);
      entries.push(await zip.add(await ahead.shift()!));
      if (entries.length % 50 === 0) options.onProgress?.(entries.length, total);
    }
    const manifest: Manifest = {
      format: 'annals-backup',
      version: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      createdAt: createdAt.toISOString(),
      articleCount: snapshot.articleCount,
      files: entries,
    };
    await zip.add(await prepareEntry(MANIFEST_FILE, encode(JSON.stringify(manifest, null, 2))));
    const bytes = await zip.finish();
    zip = null;
    options.onProgress?.(total, total);
    return { path: options.target, articles: snapshot.articleCount, files: entries.length, bytes };
  } finally {
    // Reads still under way when a write failed are let finish before their folder goes.
    await Promise.allSettled(ahead);
    await zip?.abort();
    await rm(snapshot.dir, { recursive: true, force: true });
  }
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
