import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../../contract/index.ts';
import type { Annotations } from '../../annotations/annotations.ts';
import type { Library } from '../../library/library.ts';
import { makePrivateFolder } from '../../storage/private-files.ts';
import { MANIFEST_FILE, SETTINGS_FILE } from './layout.ts';
import { BACKUP_FORMAT_VERSION } from './manifest.ts';
import { ManifestWriter } from './manifest-writer.ts';
import { ReusedReads } from './reused-reads.ts';
import { snapshotFiles, snapshotLibrary } from './snapshot.ts';
import { removeStagingFolder } from './staging.ts';
import {
  type PreparedEntry,
  type PreparedFileEntry,
  prepareEntry,
  prepareFileEntry,
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
/**
 * Larger files are deflated from disk to a working file, a block at a time: read whole, a format-1
 * library's index of 100,000 articles (64 MB) took as much again for its deflated copy.
 */
const READ_WHOLE_BYTES = 4 * 1024 * 1024;

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
  let manifest: ManifestWriter | null = null;
  const ahead: Promise<{ entry: PreparedEntry | PreparedFileEntry; release: () => void }>[] = [];
  const reads = new ReusedReads();
  try {
    zip = await ZipFileWriter.create(options.target, createdAt, options.zip);
    // The manifest is written beside the snapshot as files go in, and goes in last.
    await makePrivateFolder(snapshot.dir);
    manifest = await ManifestWriter.create(join(snapshot.dir, '.manifest.json'), {
      format: 'annals-backup',
      version: BACKUP_FORMAT_VERSION,
      appVersion: options.appVersion,
      createdAt: createdAt.toISOString(),
      articleCount: snapshot.articleCount,
    });
    const total = snapshot.fileCount + 1;
    await manifest.add(
      await zip.add(await prepareEntry(SETTINGS_FILE, encode(JSON.stringify(options.settings, null, 2)))),
    );
    let files = 1;
    let large = 0;
    options.onProgress?.(1, total);
    const writeNext = async () => {
      const { entry, release } = await ahead.shift()!;
      if ('dataFile' in entry) {
        await manifest!.add(await zip!.addFile(entry));
        await rm(entry.dataFile, { force: true });
      } else {
        // Copied into the archive's block: the buffer it was read into takes the next file.
        await manifest!.add(await zip!.add(entry));
        release();
      }
      if (++files % 50 === 0) options.onProgress?.(files, total);
    };
    // A few files in memory at a time: article files are capped in size when saved.
    for await (const path of snapshotFiles(snapshot)) {
      const source = join(snapshot.dir, path);
      const prepared = reads.read(source, READ_WHOLE_BYTES).then(async (read) => {
        if (read) return { entry: await prepareEntry(path, read.bytes), release: read.release };
        const dataFile = join(snapshot.dir, `.large-${++large}.deflated`);
        return { entry: await prepareFileEntry(path, source, dataFile), release: () => {} };
      });
      prepared.catch(() => {}); // awaited in its turn; a failure meanwhile must not go unhandled
      ahead.push(prepared);
      if (ahead.length > READ_AHEAD) await writeNext();
    }
    while (ahead.length > 0) await writeNext();
    await manifest.finish();
    const deflated = join(snapshot.dir, '.manifest.deflated');
    await zip.addFile(await prepareFileEntry(MANIFEST_FILE, manifest.path, deflated));
    manifest = null;
    const bytes = await zip.finish();
    zip = null;
    options.onProgress?.(total, total);
    return { path: options.target, articles: snapshot.articleCount, files, bytes };
  } finally {
    // Reads still under way when a write failed are let finish before their folder goes.
    await Promise.allSettled(ahead);
    await manifest?.abort();
    await zip?.abort();
    await removeStagingFolder(snapshot.dir);
  }
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
