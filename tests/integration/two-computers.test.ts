import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../electron/contract/index.ts';
import { tempDir } from '../unit/helpers/library.ts';
import {
  type Api,
  conflictCopies,
  copyStignore,
  devices,
  fixturePage,
  seenThroughCli,
} from '../unit/sync/support/devices.ts';
import { SyncthingPair } from './support/syncthing.ts';

// Two computers with Annals on one library, carried by two real Syncthing daemons on loopback: the
// laptop runs the app (a core watching for arrivals), the desktop uses the command line. Each changes
// the same articles while the two are apart; once they meet, both show every change.

let work: Awaited<ReturnType<typeof tempDir>>;
let pair: SyncthingPair | undefined;

beforeEach(async () => {
  work = await tempDir('annals-two-computers-');
});
afterEach(async () => {
  await pair?.stop();
  pair = undefined;
  await work.cleanup();
});
// After the folders' removal in registration, so cores close first (after-hooks run last first).
const { open, close, annals } = devices();

/** Resolves at the first library change that names `id`. */
function changeOf(core: Api, id: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = core.onEvent((name, payload) => {
      if (name === 'libraryChanged' && (payload as { ids?: string[] }).ids?.includes(id)) {
        stop();
        resolve();
      }
    });
  });
}

describe('two computers synced by Syncthing', () => {
  it('converge on tags, states, notes and a highlight that keeps a deleted article, the running app showing them as they arrive', async () => {
    const a = join(work.dir, 'laptop');
    const b = join(work.dir, 'desktop');
    const add = async (page: string) =>
      (JSON.parse(await annals(a, 'laptop1', 'add', fixturePage(page), '--json')) as { id: string }).id;
    const seed = await add('seed-article.html');
    const longRead = await add('long-read.html');
    await mkdir(b, { recursive: true });
    await copyStignore(a, b);
    pair = await SyncthingPair.start(work.dir, a, b);
    await pair.waitUntilInSync();
    const desktop = (...args: string[]) => annals(b, 'desktop1', ...args);
    expect((await seenThroughCli(desktop)).articles.map((article) => article.id).sort()).toEqual(
      [seed, longRead].sort(),
    );

    const laptop = await open(a, 'laptop1', 'Laptop');
    await laptop.watchArrivals({ debounceMs: 50, rescanIntervalMs: 500 }).ready;
    await pair.disconnect();
    await laptop.call('article.tag', { ids: [seed], add: ['peace talks'] });
    await laptop.call('article.update', { ids: [seed], patch: { state: 'archived' } });
    await laptop.call('annotations.create', { kind: 'note', articleId: seed, note: 'Written on the laptop.' });
    await laptop.call('article.delete', { ids: [longRead] });
    await desktop('tag', seed, 'turkey');
    await desktop('favorite', seed);
    await desktop('note', seed, '--text', 'Written on the desktop.');
    await desktop('highlight', longRead, '--quote', 'dredging the channel', '--note', 'keep this');

    const arrived = Promise.all([changeOf(laptop, seed), changeOf(laptop, longRead)]);
    await pair.reconnect();
    await pair.waitUntilInSync();
    await arrived;
    // The running app shows the desktop's changes without a restart.
    const shown = (
      await laptop.call<{ articles: { id: string; tags: string[]; favorite: boolean }[] }>('library.list', {
        view: 'all',
      })
    ).articles;
    expect(shown.find((article) => article.id === seed)).toMatchObject({ favorite: true });
    expect(shown.find((article) => article.id === seed)!.tags.sort()).toEqual(['peace talks', 'turkey']);
    expect(shown.map((article) => article.id)).toContain(longRead);
    await close(laptop);

    await desktop('sync', 'status', '--json');
    await pair.waitUntilInSync();
    const onLaptop = await seenThroughCli((...args) => annals(a, 'laptop1', ...args));
    const onDesktop = await seenThroughCli(desktop);
    expect(onDesktop).toEqual(onLaptop);
    expect(onLaptop.articles.find((article) => article.id === seed)).toMatchObject({
      state: 'archived',
      favorite: true,
    });
    const note = onLaptop.annotations.find((entry: Annotation) => entry.kind === 'note')!;
    expect(note.note).toContain('Written on the laptop.');
    expect(note.note).toContain('Written on the desktop.');
    expect(onLaptop.annotations.find((entry) => entry.kind === 'highlight')).toMatchObject({
      articleId: longRead,
      note: 'keep this',
    });
    expect(await conflictCopies(a)).toEqual([]);
    expect(await conflictCopies(b)).toEqual([]);
  });
});
