import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../../contract/index.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import type { Library } from '../../library/library.ts';
import { MANIFEST_FILE, SETTINGS_FILE } from './layout.ts';
import { BACKUP_FORMAT_VERSION, type Manifest } from './manifest.ts';
import { snapshotLibrary } from './snapshot.ts';
import { type WrittenEntry, ZipFileWriter } from './zip-writer.ts';

export interface BackupOptions {
  library: Library;
  annotations: Annotations;
  settings: Settings;
  appVersion: string;
  now: () => Date;
  /** The archive to write (see backupTarget). */
  target: string;
  onProgress?: (done: number, total: number) => void;
}

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
  const snapshot = await snapshotLibrary(options.library, options.annotations, createdAt);
  let zip: ZipFileWriter | null = null;
  try {
    zip = await ZipFileWriter.create(options.target, createdAt);
    const total = snapshot.files.length + 1;
    const entries: WrittenEntry[] = [
      await zip.add(SETTINGS_FILE, [new TextEncoder().encode(JSON.stringify(options.settings, null, 2))]),
    ];
    options.onProgress?.(1, total);
    for (const path of snapshot.files) {
      // One file in memory at a time: article files are capped in size when saved.
      entries.push(await zip.add(path, [await readFile(join(snapshot.dir, path))]));
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
    await zip.add(MANIFEST_FILE, [new TextEncoder().encode(JSON.stringify(manifest, null, 2))]);
    const bytes = await zip.finish();
    zip = null;
    options.onProgress?.(total, total);
    return { path: options.target, articles: snapshot.articleCount, files: entries.length, bytes };
  } finally {
    await zip?.abort();
    await rm(snapshot.dir, { recursive: true, force: true });
  }
}
