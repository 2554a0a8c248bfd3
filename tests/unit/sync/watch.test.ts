import { spawn } from 'node:child_process';
import { mkdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type LibraryChanges,
  type LibraryWatcher,
  type LibraryWatchOptions,
  watchLibrary,
} from '../../../electron/core/sync/watch.ts';
import { tempDir } from '../helpers/library.ts';
import { recorder } from './support/recorder.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let library: string;
let watcher: LibraryWatcher | undefined;

beforeEach(async () => {
  work = await tempDir('annals-watch-');
  library = work.dir;
  // A library as it was before the watcher started, its folders last changed an hour ago.
  await put('articles/a1/records/laptop1.json', '{}');
  await put('articles/a2/records/laptop1.json', '{}');
  await put('feeds/records/laptop1.json', '{}');
  await ageFolders([
    '',
    'articles',
    'articles/a1',
    'articles/a1/records',
    'articles/a2',
    'articles/a2/records',
    'feeds',
    'feeds/records',
  ]);
});

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await work.cleanup();
});

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(library, path)), { recursive: true });
  await writeFile(join(library, path), text);
}

async function ageFolders(dirs: string[]): Promise<void> {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const dir of dirs) await utimes(join(library, dir), hourAgo, hourAgo);
}

/** Starts a watcher and answers ways to await what it reports (every wait capped). */
async function start(options: LibraryWatchOptions = {}) {
  const batches = recorder<LibraryChanges>();
  watcher = watchLibrary(library, batches.record, { debounceMs: 50, ...options });
  await watcher.ready;
  /** Waits until the batches so far report every path in `paths`. */
  const reported = (paths: string[]) =>
    batches.until((all) => paths.every((path) => allPaths(all).includes(path)), `reported: ${paths.join(', ')}`);
  return { until: batches.until, reported };
}

function allPaths(batches: LibraryChanges[]): string[] {
  return batches.flatMap((batch) => [...batch.files, ...batch.articles.flatMap((article) => article.paths)]);
}

describe.each(['folders', 'recursive'] as const)('the library watcher (%s)', (mode) => {
  it('reports a record arriving in an article folder under that article', async () => {
    const { reported } = await start({ mode, rescanIntervalMs: 60_000 }); // events alone

    await put('articles/a1/records/desktop2.json', '{"fields":{}}');

    const batches = await reported(['articles/a1/records/desktop2.json']);
    const article = batches.flatMap((batch) => batch.articles).find((entry) => entry.id === 'a1');
    expect(article?.paths).toContain('articles/a1/records/desktop2.json');
    expect(batches.flatMap((batch) => batch.files)).toEqual([]);
  });

  it('groups changes to two articles and a library file by what they belong to', async () => {
    const { reported } = await start({ mode, rescanIntervalMs: 60_000 }); // events alone

    await put('articles/a1/records/desktop2.json', '{}');
    await put('articles/a2/records/desktop2.json', '{}');
    await put('feeds/records/desktop2.json', '{}');

    const batches = await reported([
      'articles/a1/records/desktop2.json',
      'articles/a2/records/desktop2.json',
      'feeds/records/desktop2.json',
    ]);
    const ids = new Set(batches.flatMap((batch) => batch.articles.map((article) => article.id)));
    expect([...ids].sort()).toEqual(['a1', 'a2']);
    expect(batches.flatMap((batch) => batch.files)).toContain('feeds/records/desktop2.json');
    for (const batch of batches)
      for (const article of batch.articles)
        expect(article.paths.every((path) => path.startsWith(`articles/${article.id}/`))).toBe(true);
  });

  it('sees a file a sync tool renames into place, and never its temp file or hidden folders', async () => {
    const { reported } = await start({ mode, rescanIntervalMs: 60_000 }); // events alone

    await put('articles/a1/records/.syncthing.desktop2.json.tmp', '{}');
    await rename(
      join(library, 'articles/a1/records/.syncthing.desktop2.json.tmp'),
      join(library, 'articles/a1/records/desktop2.json'),
    );
    await put('.annals/laptop1/library.json', '{}');
    await put('corrupt/2026-12-02-article.json', '{}');
    await put('articles/a2/records/desktop2.json', '{}');

    const batches = await reported(['articles/a1/records/desktop2.json', 'articles/a2/records/desktop2.json']);
    expect(allPaths(batches).filter((path) => /(^|\/)[.~]|^corrupt/.test(path))).toEqual([]);
  });

  it('reports a new article folder with what is in it, then changes inside it', async () => {
    const { reported } = await start({ mode, rescanIntervalMs: 60_000 }); // events alone

    await put('articles/a9/records/desktop2.json', '{}');
    await put('articles/a9/versions/0123456789abcdef0123.txt', 'text');
    await reported(['articles/a9/records/desktop2.json', 'articles/a9/versions/0123456789abcdef0123.txt']);
    await put('articles/a9/records/laptop1.json', '{}');

    await reported(['articles/a9/records/laptop1.json']);
  });

  it('reports an article folder that went away', async () => {
    const { reported } = await start({ mode, rescanIntervalMs: 60_000 }); // events alone

    await rm(join(library, 'articles/a2'), { recursive: true });

    await reported(['articles/a2/']);
  });
});

describe('the library watcher without file-system events', () => {
  it('finds arrivals by rescanning folder times, a slice of folders at a time', async () => {
    const { reported } = await start({ mode: 'folders', watchBudget: 0, rescanIntervalMs: 20, rescanBudget: 2 });

    await put('articles/a2/records/desktop2.json', '{}');
    await put('feeds/records/desktop2.json', '{}');

    await reported(['articles/a2/records/desktop2.json', 'feeds/records/desktop2.json', 'articles/a2/records/']);
  });

  it('reports folders changed after `since` but before it started', async () => {
    await put('articles/a1/records/desktop2.json', '{}');

    const { reported } = await start({ mode: 'folders', watchBudget: 0, since: new Date(Date.now() - 60_000) });

    const batches = await reported(['articles/a1/records/desktop2.json']);
    expect(allPaths(batches).some((path) => path.startsWith('articles/a2'))).toBe(false);
  });
});

describe('batches of changes', () => {
  it('says overflow when more arrives at once than a batch holds', async () => {
    const { until } = await start({ mode: 'folders', maxBatchPaths: 3 });

    for (let n = 0; n < 8; n++) await put(`articles/b${n}/records/desktop2.json`, '{}');

    const batches = await until((all) => all.some((batch) => batch.overflow), 'overflowing');
    expect(batches.every((batch) => allPaths([batch]).length <= 3)).toBe(true);
  });
});

describe('closing the library watcher', () => {
  it('lets the process end: no watch or timer is left behind', async () => {
    const child = fileURLToPath(new URL('./support/watch-child.ts', import.meta.url));
    const outcome = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, library], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      proc.stdout.on('data', (chunk) => (output += chunk));
      proc.stderr.on('data', (chunk) => (output += chunk));
      const cap = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`the process did not end after the watcher closed: ${output}`));
      }, 15_000);
      proc.on('exit', (code) => {
        clearTimeout(cap);
        resolve({ code, output });
      });
    });
    expect(outcome).toEqual({ code: 0, output: 'closed\n' });
  });
});
