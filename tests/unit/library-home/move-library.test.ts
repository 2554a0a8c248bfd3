import { createHash } from 'node:crypto';
import { readdirSync, rmSync, truncateSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, MethodOutput, TaskProgress } from '../../../electron/contract/index.ts';
import { libraryLocationFile, readLibraryLocation } from '../../../electron/core/library-home/library-location.ts';
import { type MovableCore, openMovableCore } from '../../../electron/core/library-home/movable-core.ts';
import { defaultLibraryDir } from '../../../electron/core/paths.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
const NOW = new Date('2026-12-02T14:00:00Z');

let work: { dir: string; cleanup: () => Promise<void> };
let appDir: string;
let libraryDir: string;
let core: MovableCore;
const events: [EventName, unknown][] = [];

async function openLibrary(dir: string, device = testDevice): Promise<MovableCore> {
  const opened = await openMovableCore({
    libraryDir: dir,
    device,
    shell: 'test',
    version: '1.0.0',
    assetsDir,
    now: () => NOW,
    validateOutput: true,
    libraryLocationFile: libraryLocationFile(appDir),
  });
  opened.onEvent((name, payload) => events.push([name, payload]));
  return opened;
}

beforeEach(async () => {
  work = await tempDir('annals-move-');
  appDir = join(work.dir, 'config', 'Annals');
  libraryDir = join(appDir, 'library');
  events.length = 0;
  // Another computer's records arrived by sync: an article it saved, its tag colour.
  const laptop = await openLibrary(libraryDir, { id: 'otherlaptop', name: 'Laptop' });
  await laptop.library.save(extractedArticle(1), { loadImage: noImages });
  await laptop.close();
  core = await openLibrary(libraryDir);
  // Saved again with other text: the first text is kept as a version.
  await core.library.save(extractedArticle(1, { html: '<p>A new text.</p>', text: 'A new text.' }), {
    loadImage: noImages,
  });
  for (let n = 2; n <= 3; n++) await core.library.save(extractedArticle(n), { loadImage: noImages });
  // Closed and opened again: the work that follows a save (events, the index) is done before a test looks.
  await core.close();
  core = await openLibrary(libraryDir);
  events.length = 0;
});

afterEach(async () => {
  await core.close();
  await work.cleanup();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function refusal(method: string, input: unknown): Promise<string> {
  const envelope = await core.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} answered ${JSON.stringify(envelope.value)}`);
  return envelope.error.message;
}

/** Every file under `dir` with its SHA-256, the writer's locks (this device's and this computer's) left out. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.lock')) continue;
    const path = join(entry.parentPath, entry.name);
    found[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return found;
}

/**
 * The reader's files: all but this device's own derived data (.annals/<device>) and the index backups,
 * which closing and opening a library rewrite by design.
 */
async function readerFilesOf(dir: string): Promise<Record<string, string>> {
  const all = await filesOf(dir);
  return Object.fromEntries(Object.entries(all).filter(([path]) => !/^(\.annals|backups)\//.test(path)));
}

const titles = async () =>
  (await call<{ articles: { title: string }[] }>('library.list', { view: 'all' })).articles.map((a) => a.title).sort();

const exists = async (path: string) => (await stat(path).catch(() => null)) !== null;

describe('moving the library to another folder', () => {
  it('copies every file there, opens it there, and keeps the old folder aside', async () => {
    const before = await readerFilesOf(libraryDir);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['.stignore', 'devices/otherlaptop.json', expect.stringMatching(/\/versions\//)]),
    );
    const target = join(work.dir, 'Sync', 'Annals');
    const moved = await call<MethodOutput<'library.move'>>('library.move', { to: target });

    expect(moved).toMatchObject({ path: target, previousPath: libraryDir, isDefault: true });
    expect(moved.oldFolder).toBe(join(appDir, 'library.moved-2026-12-02'));
    // Every file of the old folder is in the new one, this device's own data and other devices' included
    // (the core opened there has rewritten its own index since, so those are compared by name).
    const copied = Object.keys(await filesOf(target)).sort();
    expect(moved.files).toBe(copied.length);
    expect(copied).toEqual(Object.keys(await filesOf(moved.oldFolder)).sort());
    expect(copied).toEqual(
      expect.arrayContaining(['.annals/testdevice/library.json', '.annals/otherlaptop/library.json']),
    );
    expect(await readerFilesOf(target)).toEqual(before);
    expect(await readerFilesOf(moved.oldFolder)).toEqual(before);
    expect(await exists(libraryDir)).toBe(false);
    expect((await stat(target)).mode & 0o777).toBe(0o700);

    // The running core is the moved library's now: what the reader does lands in the new folder.
    expect(core.libraryDir).toBe(target);
    expect(await titles()).toEqual(['Story number 1', 'Story number 2', 'Story number 3']);
    expect((await call<{ libraryPath: string }>('app.info', {})).libraryPath).toBe(target);
    const saved = await core.library.save(extractedArticle(4), { loadImage: noImages });
    expect(await exists(join(target, 'articles', saved.article.id, 'versions'))).toBe(true);
    expect(await exists(join(moved.oldFolder, 'articles', saved.article.id))).toBe(false);

    expect(events).toContainEqual(['libraryMoved', { path: target }]);
    const progress = events.filter(([name]) => name === 'progress').map(([, task]) => task as TaskProgress);
    expect(progress.at(-1)).toMatchObject({ taskId: 'library-move', state: 'done', done: moved.files * 2 });
  });

  it('moves a library of more files than are synced to disk at once, a read-only one among them, every file intact', async () => {
    // Files the reader keeps beside the articles: more than one batch of copies synced together.
    const clippings = join(libraryDir, 'clippings');
    await mkdir(clippings);
    for (let n = 0; n < 1_100; n++) await writeFile(join(clippings, `clipping-${n}.txt`), `Clipping number ${n}\n`);
    await chmod(join(clippings, 'clipping-7.txt'), 0o400);
    const before = await readerFilesOf(libraryDir);
    const target = join(work.dir, 'Sync', 'Annals');

    const moved = await call<MethodOutput<'library.move'>>('library.move', { to: target });

    expect(await readerFilesOf(target)).toEqual(before);
    expect(moved.files).toBeGreaterThan(1_100);
    expect((await stat(join(target, 'clippings', 'clipping-7.txt'))).mode & 0o777).toBe(0o400);
    expect(await titles()).toEqual(['Story number 1', 'Story number 2', 'Story number 3']);
  });

  it('keeps when each file and folder was last changed, so the moved library is not read again article by article', async () => {
    const target = join(work.dir, 'Sync', 'Annals');
    const changedAt = async (dir: string) => {
      const times: Record<string, number> = {};
      for (const entry of await readdir(join(dir, 'articles'), { recursive: true })) {
        times[entry] = Math.floor((await stat(join(dir, 'articles', entry))).mtimeMs);
      }
      return times;
    };
    const before = await changedAt(libraryDir);
    expect(Object.keys(before)).toEqual(expect.arrayContaining([expect.stringMatching(/\/versions$/)]));

    const moved = await call<MethodOutput<'library.move'>>('library.move', { to: target });

    expect(await changedAt(target)).toEqual(before);
    expect(await changedAt(moved.oldFolder)).toEqual(before);
  });

  it('makes the moved library the default one for the app, browser mode and the CLI', async () => {
    const target = join(work.dir, 'Dropbox', 'Annals');
    await call('library.move', { to: target });
    expect(readLibraryLocation(libraryLocationFile(appDir))).toBe(target);
    expect(defaultLibraryDir({ XDG_CONFIG_HOME: join(work.dir, 'config') }, 'linux')).toBe(target);
  });

  it('keeps a watcher of what syncs bring, started before the move, watching the library in its new folder', async () => {
    const watcher = core.watchArrivals({ debounceMs: 20, rescanIntervalMs: 100 });
    await watcher.ready;
    const target = join(work.dir, 'Sync', 'Annals');
    await call('library.move', { to: target });
    await watcher.ready;
    // Another computer saves an article; the sync tool brings its folder into the new one (by a rename).
    const elsewhere = join(work.dir, 'desktop');
    const desktop = await openLibrary(elsewhere, { id: 'desktop1', name: 'Desktop' });
    const { article } = await desktop.library.save(extractedArticle(7), { loadImage: noImages });
    await desktop.close();
    const noticed = new Promise<void>((resolve) => {
      const stop = core.onEvent((name, payload) => {
        if (name === 'libraryChanged' && (payload as { ids?: string[] }).ids?.includes(article.id)) {
          stop();
          resolve();
        }
      });
    });
    await cp(join(elsewhere, 'articles', article.id), join(target, `.syncthing.${article.id}.tmp`), {
      recursive: true,
    });
    await rename(join(target, `.syncthing.${article.id}.tmp`), join(target, 'articles', article.id));

    await noticed;
    expect(await titles()).toContain('Story number 7');
    await watcher.close();
  });

  it('takes an empty folder a sync tool made, keeping its marker', async () => {
    const target = join(work.dir, 'Shared');
    await mkdir(join(target, '.stfolder'), { recursive: true });
    await call('library.move', { to: target });
    expect(await exists(join(target, '.stfolder'))).toBe(true);
    expect(await readdir(join(target, 'articles'))).toHaveLength(3);
  });

  const refusals: [string, (dir: string) => Promise<string>, RegExp][] = [
    ['a relative path', async () => 'Sync/Annals', /full path/],
    ['the library itself', async () => libraryDir, /library’s folder already/],
    ['a folder inside the library', async () => join(libraryDir, 'articles', 'elsewhere'), /inside the library/],
    ['a folder that holds the library', async () => appDir, /holds the library/],
    [
      'a folder with files in it',
      async (dir) => {
        await mkdir(join(dir, 'Photos'), { recursive: true });
        await writeFile(join(dir, 'Photos', 'cat.jpg'), 'meow');
        return join(dir, 'Photos');
      },
      /not empty \(it holds cat\.jpg\)/,
    ],
    [
      'a file',
      async (dir) => {
        await writeFile(join(dir, 'notes.txt'), 'mine');
        return join(dir, 'notes.txt');
      },
      /is a file/,
    ],
  ];

  it.each(refusals)('refuses %s and keeps the library where it is', async (_, target, reason) => {
    const before = await filesOf(libraryDir);
    const to = await target(work.dir);
    expect(await refusal('library.move', { to })).toMatch(reason);
    expect(await filesOf(libraryDir)).toEqual(before);
    expect(core.libraryDir).toBe(libraryDir);
    expect(await titles()).toHaveLength(3);
    expect(readLibraryLocation(libraryLocationFile(appDir))).toBeNull();
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write in', async () => {
    const locked = join(work.dir, 'locked');
    await mkdir(locked, { mode: 0o500 });
    expect(await refusal('library.move', { to: join(locked, 'Annals') })).toMatch(/may not write/);
    await chmod(locked, 0o700);
  });

  /**
   * Runs `sabotage` once, when the move's progress reaches the point `when` picks. Events are told as they
   * happen, so a sabotage done at once (synchronously) lands between two files of the copy.
   */
  function sabotageAt(when: (task: TaskProgress, files: number) => boolean, sabotage: () => void) {
    let done = false;
    core.onEvent((name, payload) => {
      const task = payload as TaskProgress;
      if (done || name !== 'progress' || task.taskId !== 'library-move' || task.total === 0) return;
      if (!when(task, task.total / 2)) return;
      done = true;
      sabotage();
    });
  }

  async function expectUntouched(before: Record<string, string>, target: string) {
    expect(await readerFilesOf(libraryDir)).toEqual(before);
    expect(core.libraryDir).toBe(libraryDir);
    expect(await titles()).toEqual(['Story number 1', 'Story number 2', 'Story number 3']);
    expect(readLibraryLocation(libraryLocationFile(appDir))).toBeNull();
    expect(await exists(target)).toBe(false);
    // Still the one writer of the old folder: a change is kept there.
    const saved = await core.library.save(extractedArticle(5), { loadImage: noImages });
    expect(await exists(join(libraryDir, 'articles', saved.article.id))).toBe(true);
    const failed = events.filter(([name]) => name === 'progress').map(([, task]) => task as TaskProgress);
    expect(failed.at(-1)).toMatchObject({ taskId: 'library-move', state: 'failed' });
  }

  it('keeps the old library in use and intact, and removes the partial copy, when the new disk goes away midway', async () => {
    const before = await readerFilesOf(libraryDir);
    const target = join(work.dir, 'usb', 'Annals');
    sabotageAt(
      (task) => task.done === 2,
      // The drive is unplugged: the folder being written to is gone.
      () => rmSync(join(work.dir, 'usb'), { recursive: true, force: true }),
    );
    const message = await refusal('library.move', { to: target });
    expect(message).toMatch(/could not be moved .*it stays in/);
    await expectUntouched(before, target);
  });

  it('refuses a copy whose files differ from the originals, and keeps the old library', async () => {
    const before = await readerFilesOf(libraryDir);
    const target = join(work.dir, 'Sync', 'Annals');
    sabotageAt(
      (task, files) => task.done === files,
      // Every file is written; one of them is damaged on the new disk before it is read back.
      () => {
        const [first] = readdirSync(join(target, 'articles'));
        const versions = join(target, 'articles', first!, 'versions');
        truncateSync(join(versions, readdirSync(versions)[0]!), 3);
      },
    );
    expect(await refusal('library.move', { to: target })).toMatch(
      /differs from the original; the library was not moved/,
    );
    await expectUntouched(before, join(work.dir, 'Sync'));
  });
});
