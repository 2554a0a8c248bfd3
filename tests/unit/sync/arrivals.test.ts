import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary, SyncStatus } from '../../../electron/contract/index.ts';
import { openEvents, openTestServer } from '../server/support.ts';
import { type Api, copyStignore, devices, fixturePage } from './support/devices.ts';
import { DumbSync } from './support/dumb-sync.ts';
import { libraryFolders } from './support/library-folders.ts';

// A running Annals and files arriving from another device: noticed, merged, shown without a restart.

const folder = libraryFolders();
const { open, close, annals } = devices();
const FAST = { debounceMs: 20, maxDelayMs: 200, rescanIntervalMs: 100 };

/** Resolves with the ids of the next library change naming `id` (or naming none: everything). */
function nextChange(core: Api, id: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = core.onEvent((name, payload) => {
      const ids = (payload as { ids?: string[] }).ids;
      if (name === 'libraryChanged' && (!ids || ids.includes(id))) {
        stop();
        resolve();
      }
    });
  });
}

/** Resolves once `done` holds after a library change. */
function untilChanged(core: Api, done: () => Promise<boolean>): Promise<void> {
  return new Promise((resolve) => {
    const stop = core.onEvent(async (name) => {
      if (name === 'libraryChanged' && (await done())) {
        stop();
        resolve();
      }
    });
  });
}

const listed = async (core: Api) =>
  (await core.call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' })).articles;

/** A library with one article saved on the laptop, copied to the desktop, the sync tool up to date. */
async function twoCopies() {
  const a = join(await folder(), 'laptop');
  const b = join(await folder(), 'desktop');
  const [saved] = (await annals(a, 'laptop1', 'add', fixturePage('seed-article.html'), '--json'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string });
  await cp(a, b, { recursive: true });
  await copyStignore(a, b);
  const sync = new DumbSync(a, b);
  await sync.sync();
  return { a, b, sync, id: saved!.id };
}

describe('a running core and what another device’s sync brings', () => {
  it('shows a change made on the other device without a restart, and says so to the views', async () => {
    const { a, b, sync, id } = await twoCopies();
    const laptop = await open(a, 'laptop1', 'Laptop');
    await laptop.watchArrivals(FAST).ready;

    await annals(b, 'desktop1', 'tag', id, 'floods');
    await annals(b, 'desktop1', 'archive', id);
    const changed = nextChange(laptop, id);
    await sync.sync();
    await changed;

    expect((await listed(laptop)).find((article) => article.id === id)).toMatchObject({
      tags: ['floods'],
      state: 'archived',
    });
    const status = await laptop.call<SyncStatus>('sync.status', {});
    expect(status).toMatchObject({ device: 'laptop1', deviceName: 'Laptop', conflictsMerged: 0, arriving: 0 });
    expect(status.devices).toEqual([{ id: 'desktop1', name: 'desktop1', lastChangeAt: expect.any(String) }]);
  });

  it('shows feeds followed on the other device without a restart', async () => {
    const { a, b, sync } = await twoCopies();
    const laptop = await open(a, 'laptop1');
    await laptop.watchArrivals(FAST).ready;
    const opml = join(b, '..', 'feeds.opml');
    await writeFile(
      opml,
      '<opml version="2.0"><body><outline text="Bugle" xmlUrl="https://bugle.example/rss"/></body></opml>',
    );
    await annals(b, 'desktop1', 'feed', 'import', opml);

    const followed = untilChanged(laptop, async () =>
      (await laptop.call<{ feeds: { title: string }[] }>('feeds.list', {})).feeds.some(
        (feed) => feed.title === 'Bugle',
      ),
    );
    await sync.sync();
    await followed;
  });

  it('lists an article whose text has not arrived as arriving, never damaged, and shows it once it has', async () => {
    const { a, b, sync } = await twoCopies();
    const laptop = await open(a, 'laptop1');
    await laptop.watchArrivals(FAST).ready;
    const [added] = JSON.parse(
      `[${(await annals(b, 'desktop1', 'add', fixturePage('long-read.html'), '--json')).trim()}]`,
    );
    const id = (added as { id: string }).id;
    await annals(b, 'desktop1', 'tag', id, 'harbours');

    // The record of the tag comes first; the text is still on its way.
    const first = nextChange(laptop, id);
    await cp(join(b, 'articles', id, 'records'), join(a, 'articles', id, 'records'), { recursive: true });
    await first;
    expect((await listed(laptop)).find((article) => article.id === id)).toMatchObject({ arriving: true });
    expect((await laptop.call<SyncStatus>('sync.status', {})).arriving).toBe(1);
    // Opened, it says so too: the reader shows a notice, not an empty or damaged text.
    expect(await laptop.call<Article>('article.get', { id })).toMatchObject({ arriving: true });

    // The text's files come one by one: the views hear of each step until the article is whole.
    const whole = untilChanged(
      laptop,
      async () => (await listed(laptop)).find((entry) => entry.id === id)?.arriving !== true,
    );
    await sync.sync();
    await whole;
    const article = (await listed(laptop)).find((entry) => entry.id === id)!;
    expect(article.arriving).toBeUndefined();
    expect(article.title).toBe((added as { title: string }).title);
    expect((await laptop.call<{ text: string }>('article.content', { id })).text.length).toBeGreaterThan(100);
    expect(await readdir(a)).not.toContain('corrupt');
    expect((await laptop.call<SyncStatus>('sync.status', {})).arriving).toBe(0);
  });

  it('merges and removes conflict copies of every kind before the first answer', async () => {
    const { a, id } = await twoCopies();
    await annals(a, 'laptop1', 'tag', id, 'climate');
    const records = join(a, 'articles', id, 'records');
    const own = JSON.parse(await readFile(join(records, 'laptop1.json'), 'utf8'));
    // A copy of the same device’s record that a sync tool kept aside, holding a tag the original lacks.
    const older = structuredClone(own);
    older.tags.energy = { on: true, at: '0000001000000000.0000.laptop1', name: 'energy' };
    await writeFile(join(records, 'laptop1.sync-conflict-20261202-101500-ABCDEF1.json'), JSON.stringify(older));
    const versions = join(a, 'articles', id, 'versions');
    const meta = (await readdir(versions)).find((name) => name.endsWith('.json'))!;
    const saved = JSON.parse(await readFile(join(versions, meta), 'utf8'));
    await writeFile(
      join(versions, meta.replace('.json', ' (conflicted copy 2026-12-02 101500).json')),
      JSON.stringify({ ...saved, savedAt: '2001-01-01T00:00:00.000Z', device: 'desktop1' }),
    );
    await mkdir(join(a, 'devices'), { recursive: true });
    await writeFile(
      join(a, 'devices', 'laptop1.sync-conflict-20261202-101500-ABCDEF1.json'),
      '{"id":"laptop1","name":"Old"}',
    );

    const laptop = await open(a, 'laptop1');

    expect((await listed(laptop))[0]!.tags.sort()).toEqual(['climate', 'energy']);
    expect((await laptop.call<SyncStatus>('sync.status', {})).conflictsMerged).toBe(3);
    const everything = await readdir(a, { recursive: true });
    expect(everything.filter((name) => /sync-conflict|conflicted copy/.test(name))).toEqual([]);
    expect(JSON.parse(await readFile(join(versions, meta), 'utf8')).savedAt).toBe('2001-01-01T00:00:00.000Z');
    await close(laptop);
  });

  it('reaches the app’s window: an article arriving is streamed to the browser as a library change', async () => {
    const test = await openTestServer();
    try {
      const other = join(await folder(), 'desktop');
      const [added] = JSON.parse(
        `[${(await annals(other, 'desktop1', 'add', fixturePage('seed-article.html'), '--json')).trim()}]`,
      );
      const id = (added as { id: string }).id;
      await test.core.watchArrivals(FAST).ready;
      const events = await openEvents(test.server);
      const streamed = events.next('libraryChanged', (data) => (data as { ids?: string[] }).ids?.includes(id) === true);

      await cp(join(other, 'articles', id), join(test.libraryDir, 'articles', id), { recursive: true });

      await streamed;
      events.close();
      expect(test.core.library.findSummary(id)?.title).toBe((added as { title: string }).title);
    } finally {
      await test.close();
    }
  });
});
