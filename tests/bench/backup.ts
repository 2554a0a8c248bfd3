// Backup and restore of a generated library: the streamed, manifest-checked archive beside a plain
// in-memory zip of the same files (fflate's zipSync), the least any zip backup must cost.
import { readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { type Core, openCore } from '../../electron/core/index.ts';
import { testDevice } from '../unit/helpers/library.ts';
import { generateLibrary } from './generate-library.ts';

export interface BackupFigures {
  articles: number;
  libraryMB: number;
  archiveMB: number;
  backupMs: number;
  backupMBPerSec: number;
  restoreMs: number;
  baselineZipMs: number;
}

const assetsDir = fileURLToPath(new URL('../../assets/', import.meta.url));

async function open(dir: string): Promise<Core> {
  let stored: unknown = {};
  return openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => stored, write: (settings) => (stored = settings) },
    shell: 'test',
    version: 'bench',
    assetsDir,
  });
}

async function value<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

export async function benchBackup(count = 1_000): Promise<BackupFigures> {
  const root = join(tmpdir(), `annals-bench-backup-${process.pid}`);
  const source = join(root, 'source');
  const archive = join(root, 'backup.zip');
  try {
    await generateLibrary(source, count);
    const core = await open(source);
    let started = performance.now();
    const result = await value<{ bytes: number }>(core, 'library.backup', { path: archive });
    const backupMs = performance.now() - started;
    await core.close();

    const manifest = (await import('fflate')).unzipSync(await readFile(archive), {
      filter: (file) => file.name === 'manifest.json',
    });
    const files = JSON.parse(new TextDecoder().decode(manifest['manifest.json'])).files as {
      path: string;
      bytes: number;
    }[];
    const libraryBytes = files.reduce((sum, file) => sum + file.bytes, 0);

    started = performance.now();
    const contents: Record<string, Uint8Array> = {};
    for (const file of files)
      contents[file.path] = await readFile(join(source, file.path)).catch(() => new Uint8Array(0));
    zipSync(contents, { level: 6 });
    const baselineZipMs = performance.now() - started;

    const target = await open(join(root, 'restored'));
    started = performance.now();
    await value(target, 'library.restore', { path: archive });
    const restoreMs = performance.now() - started;
    await target.close();

    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      articles: count,
      libraryMB: mb(libraryBytes),
      archiveMB: mb((await stat(archive)).size || result.bytes),
      backupMs,
      backupMBPerSec: mb(libraryBytes) / (backupMs / 1000),
      restoreMs,
      baselineZipMs,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
