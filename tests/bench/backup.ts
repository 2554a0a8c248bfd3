// Backup and restore of a generated library: the streamed, manifest-checked archive beside a plain
// in-memory zip of the same files (fflate's zipSync), the least any zip backup must cost. The backup
// and the restore each run in a process of their own (backup-process.ts, restore-process.ts), as
// `annals backup` and `annals restore` do, so their peak memory is their own; the restored library is
// then compared with the backup's manifest, file by file.
import { createHash } from 'node:crypto';
import { mkdir, open as openFile, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { SafeZip } from '../../electron/core/transfer/safe-zip.ts';
import { cachedLibrary, openedOnce } from './cached-library.ts';
import { inCoreProcess } from './core-child.ts';

export interface BackupFigures {
  articles: number;
  /** Files in the archive, and whether it needed zip64 records (past 65,535 files or 4 GB). */
  files: number;
  zip64: boolean;
  libraryMB: number;
  archiveMB: number;
  backupMs: number;
  backupMBPerSec: number;
  /** Peak memory of the process that backed up: once the library was open, and at the end. */
  backupOpenRssMB: number;
  backupRssMB: number;
  /** The restore as the reader waits for it: files in place, and the timeline has read them. */
  restoreMs: number;
  /** Until the files were in place (the restore's own work), and its peak memory by then. */
  placedMs: number;
  placedRssMB: number;
  /** Peak memory of the process that restored, the restored library loaded. */
  restoreRssMB: number;
  /** Files of the restored library checked against the manifest (size of all, SHA-256 of a sample). */
  filesChecked: number;
  /** The same files zipped in memory by fflate; null at sizes where that would not fit in memory. */
  baselineZipMs: number | null;
}

type ManifestFile = { path: string; bytes: number; sha256: string };

const restoreScript = new URL('./restore-process.ts', import.meta.url);
const backupScript = new URL('./backup-process.ts', import.meta.url);
/** Files whose SHA-256 is compared after the restore (every file's size is). */
const HASHED_SAMPLE = 2_000;

export async function benchBackup(count = 1_000): Promise<BackupFigures> {
  const root = join(tmpdir(), `annals-bench-backup-${process.pid}`);
  const restored = join(root, 'restored');
  const archive = join(root, 'backup.zip');
  try {
    // Saved articles carry their events.json: without it the restored library's timeline would first
    // read every article again, which is the timeline's cost, not the restore's.
    // Generated once and kept (cached-library.ts): a backup only reads the library it backs up.
    const { dir: source } = await cachedLibrary(count, 7, { events: true }, openedOnce);
    await mkdir(root, { recursive: true });
    const backedUp = await inProcess<{ backupMs: number; articles: number; openRssMB: number; rssMB: number }>(
      backupScript,
      [source, archive],
    );
    if (backedUp.articles !== count) throw new Error(`backed up ${backedUp.articles} articles of ${count}`);
    const { backupMs } = backedUp;

    const { files, zip64 } = await manifestOf(archive);
    const libraryBytes = files.reduce((sum, file) => sum + file.bytes, 0);
    const baselineZipMs = count <= 10_000 ? await zipInMemory(source, files) : null;

    const child = await inProcess<{
      restoreMs: number;
      placedMs: number;
      placedRssMB: number;
      restored: number;
      listed: number;
      rssMB: number;
    }>(restoreScript, [restored, archive]);
    if (child.restored !== count || child.listed !== count) {
      throw new Error(`restored ${child.restored} articles (${child.listed} listed) of ${count}`);
    }
    const filesChecked = await compareWithManifest(restored, files);

    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      articles: count,
      files: files.length,
      zip64,
      libraryMB: mb(libraryBytes),
      archiveMB: mb((await stat(archive)).size),
      backupMs,
      backupMBPerSec: mb(libraryBytes) / (backupMs / 1000),
      backupOpenRssMB: backedUp.openRssMB,
      backupRssMB: backedUp.rssMB,
      restoreMs: child.restoreMs,
      placedMs: child.placedMs,
      placedRssMB: child.placedRssMB,
      restoreRssMB: child.rssMB,
      filesChecked,
      baselineZipMs,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const inProcess = <T>(script: URL, args: string[]) => inCoreProcess<T>(script, args, 4 * 60 * 60_000);

/** The manifest's list of files, read with Annals' own reader; and whether the archive is a zip64 one. */
async function manifestOf(archive: string): Promise<{ files: ManifestFile[]; zip64: boolean }> {
  const zip = await SafeZip.openFile(archive, {
    maxEntries: 10_000_000,
    maxEntryBytes: 1024 * 1024 * 1024,
    maxTotalBytes: 1024 * 1024 * 1024 * 1024,
    maxRatio: 100,
  });
  try {
    for await (const item of zip.files((path) => path === 'manifest.json')) {
      if ('reason' in item) continue;
      const manifest = JSON.parse(new TextDecoder().decode(await zip.bytes(item))) as { files: ManifestFile[] };
      return { files: manifest.files, zip64: await endsWithZip64Records(archive) };
    }
  } finally {
    await zip.close();
  }
  throw new Error('the backup has no manifest.json');
}

/** The zip64 end record sits just before its locator and the classic end record (no archive comment). */
async function endsWithZip64Records(archive: string): Promise<boolean> {
  const handle = await openFile(archive, 'r');
  try {
    const { size } = await handle.stat();
    const { buffer } = await handle.read(Buffer.alloc(4), 0, 4, size - 22 - 20 - 56);
    return buffer.readUInt32LE(0) === 0x06064b50;
  } finally {
    await handle.close();
  }
}

async function zipInMemory(source: string, files: ManifestFile[]): Promise<number> {
  const started = performance.now();
  const contents: Record<string, Uint8Array> = {};
  for (const file of files)
    contents[file.path] = await readFile(join(source, file.path)).catch(() => new Uint8Array(0));
  zipSync(contents, { level: 6 });
  return performance.now() - started;
}

/**
 * Every article file of the manifest is in the restored library with its size; a spread sample has
 * its SHA-256 too. (Library-level files are merged by their owners, and the index is rebuilt.)
 */
async function compareWithManifest(library: string, files: ManifestFile[]): Promise<number> {
  const articleFiles = files.filter((file) => file.path.startsWith('articles/'));
  const every = Math.max(1, Math.floor(articleFiles.length / HASHED_SAMPLE));
  for (const [index, file] of articleFiles.entries()) {
    const path = join(library, file.path);
    if (index % every === 0) {
      const bytes = await readFile(path);
      if (bytes.length !== file.bytes || createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
        throw new Error(`${file.path} differs after the round trip`);
      }
    } else if ((await stat(path)).size !== file.bytes) {
      throw new Error(`${file.path} has another size after the round trip`);
    }
  }
  return articleFiles.length;
}
