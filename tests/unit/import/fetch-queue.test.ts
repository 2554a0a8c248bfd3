import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Annotation,
  Article,
  ArticleSummary,
  ImportResult,
  ImportStatus,
  TaskProgress,
} from '../../../electron/contract/index.ts';
import { pathExists } from '../../../electron/core/storage/path-exists.ts';
import { NewsSite } from './news-site.ts';
import { openTestCore, type TestCore } from './support.ts';

let site: NewsSite;
let t: TestCore | null = null;
beforeEach(async () => {
  site = new NewsSite();
  await site.start();
});
afterEach(async () => {
  site.release();
  await t?.cleanup();
  t = null;
  await site.stop();
});

const pocketCsv = (rows: [string, string, string][]) =>
  `title,url,time_added,tags,status\n${rows.map(([title, path, tags]) => `${title},${site.origin}${path},1688628695,${tags},unread`).join('\n')}\n`;

async function importRows(rows: [string, string, string][], highlights?: unknown): Promise<ImportResult> {
  const text = pocketCsv(rows);
  if (!highlights) return t!.call<ImportResult>('import.run', { fileName: 'pocket.csv', text });
  const { strToU8, zipSync } = await import('fflate');
  const zip = zipSync({ 'part_000000.csv': strToU8(text), 'part_000000.json': strToU8(JSON.stringify(highlights)) });
  return t!.call<ImportResult>('import.run', { fileName: 'pocket.zip', base64: Buffer.from(zip).toString('base64') });
}

const status = () => t!.call<ImportStatus>('import.status', {});
const articles = async () => (await t!.call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' })).articles;
const find = async (path: string) => (await articles()).find((article) => article.url === `${site.origin}${path}`)!;

async function fetchAll(): Promise<void> {
  const stop = t!.core.importer.queue.start();
  await t!.core.importer.queue.idle();
  stop();
}

describe('the background fetch of imported articles', () => {
  it('stores each article’s text into the imported article, keeping its tags, and anchors its highlights', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    const progress: TaskProgress[] = [];
    t.core.onEvent((name, payload) => {
      if (name === 'progress' && (payload as TaskProgress).taskId === 'import-fetch')
        progress.push(payload as TaskProgress);
    });
    await importRows(
      [
        ['Talks', '/talks.html', 'russia|diplomacy'],
        ['Wildfire', '/wildfire.html', ''],
        ['Rail', '/rail.html', ''],
      ],
      [
        {
          url: `${site.origin}/talks.html`,
          highlights: [{ quote: 'Kremlin spokesperson Dmitry Peskov told CNN', created_at: 1688700000 }],
        },
      ],
    );
    const before = await find('/talks.html');
    expect(before).toMatchObject({ title: 'Talks', contentStatus: 'pending', tags: ['russia', 'diplomacy'] });
    expect(
      (await t.call<{ annotations: Annotation[] }>('annotations.list', { articleId: before.id })).annotations[0]!
        .orphaned,
    ).toBe(true);

    await fetchAll();

    expect(await status()).toMatchObject({ pending: 0, done: 3, failed: [], active: 0 });
    const talks = await find('/talks.html');
    expect(talks.id).toBe(before.id);
    expect(talks.contentStatus).toBeUndefined();
    expect(talks.title).toMatch(/^Kremlin Confirms Putin/);
    expect(talks.tags).toEqual(['russia', 'diplomacy']);
    expect(talks.savedAt).toBe('2023-07-06T07:31:35.000Z');
    const content = await t.call<{ text: string }>('article.content', { id: talks.id });
    expect(content.text).toContain('Kremlin spokesperson Dmitry Peskov told CNN');
    const [highlight] = (await t.call<{ annotations: Annotation[] }>('annotations.list', { articleId: talks.id }))
      .annotations;
    expect(highlight!.orphaned).toBe(false);
    expect(content.text.slice(highlight!.anchor!.start, highlight!.anchor!.end)).toBe(
      'Kremlin spokesperson Dmitry Peskov told CNN',
    );
    // Progress counted up to all three, and said when it was done.
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3, state: 'done' });
    expect(progress.map((event) => event.done)).toContain(1);
  });

  it('lists a failing address with its reason, and fetches it again on retry', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows([
      ['Talks', '/talks.html', ''],
      ['Gone', '/gone.html', ''],
    ]);
    await fetchAll();
    const failed = await status();
    expect(failed.pending).toBe(0);
    expect(failed.failed).toEqual([
      expect.objectContaining({ url: `${site.origin}/gone.html`, title: 'Gone', reason: expect.stringMatching(/404/) }),
    ]);
    const record = await t.call<Article>('article.get', { id: failed.failed[0]!.id });
    expect(record).toMatchObject({ contentStatus: 'failed', contentError: expect.stringMatching(/404/) });

    site.gone = false;
    const stop = t.core.importer.queue.start();
    const retried = await t.call<ImportStatus>('import.retry', { ids: [failed.failed[0]!.id] });
    expect(retried.failed).toEqual([]);
    await t.core.importer.queue.idle();
    stop();
    expect(await status()).toMatchObject({ pending: 0, failed: [] });
    expect((await find('/gone.html')).title).toMatch(/Rail strike called off/);
  });

  it('retries a failed article even when the queue’s own file was lost', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows([['Gone', '/gone.html', '']]);
    await fetchAll();
    const [failure] = (await status()).failed;
    await t.close();
    await rm(t.core.library.paths.importQueue);
    await t.reopen();
    expect(await status()).toMatchObject({ pending: 0, failed: [] });
    site.gone = false;
    const stop = t.core.importer.queue.start();
    await t.call('import.retry', { ids: [failure!.id] });
    await t.core.importer.queue.idle();
    stop();
    expect(await find('/gone.html')).toMatchObject({ title: expect.stringMatching(/Rail strike/) });
    expect((await find('/gone.html')).contentStatus).toBeUndefined();
  });

  it('quits without waiting for a slow server; the article cut short stays queued', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows([['Held', '/held/slow.html', '']]);
    t.core.importer.queue.start();
    await site.waitForHeld(1);
    await t.reopen();
    expect(await status()).toMatchObject({ pending: 1, failed: [], done: 0 });
    expect((await find('/held/slow.html')).contentStatus).toBe('pending');
  });

  it('keeps its list in this computer’s own data, and takes in and removes the list an older Annals kept in the synced folder', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows([['Gone', '/gone.html', '']]);
    await fetchAll();
    await importRows([['Talks', '/talks.html', '']]);
    const { importQueue } = t.core.library.paths;
    expect(importQueue).toBe(join(t.dir, '.annals', 'testdevice', 'import-queue.json'));
    await t.close();
    // As an older Annals left it: one list in the library folder, shared by every computer that syncs it.
    await rename(importQueue, join(t.dir, 'import-queue.json'));

    await t.reopen();
    // The failure's reason is only in that list: it was taken in, not rebuilt.
    expect(await status()).toMatchObject({
      pending: 1,
      failed: [expect.objectContaining({ title: 'Gone', reason: expect.stringMatching(/404/) })],
    });
    expect(await pathExists(join(t.dir, 'import-queue.json'))).toBe(false);
    expect(await pathExists(importQueue)).toBe(true);
    await fetchAll();
    expect((await find('/talks.html')).title).toMatch(/^Kremlin Confirms/);
    expect(await pathExists(join(t.dir, 'import-queue.json'))).toBe(false);
  });

  it('keeps its own entry over an older Annals’ for the same article, and removes the older list', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows([['Gone', '/gone.html', '']]);
    await fetchAll();
    const { importQueue } = t.core.library.paths;
    await t.close();
    // Another computer's older Annals queued an article this one has already tried.
    const own = JSON.parse(await readFile(importQueue, 'utf8')) as { articles: { id: string; status: string }[] };
    const legacy = { ...own, articles: own.articles.map((article) => ({ ...article, status: 'pending' })) };
    await writeFile(join(t.dir, 'import-queue.json'), JSON.stringify(legacy));
    await t.reopen();

    expect(await status()).toMatchObject({ pending: 0, failed: [expect.objectContaining({ title: 'Gone' })] });
    expect(await pathExists(join(t.dir, 'import-queue.json'))).toBe(false);
  });

  it('sets a damaged queue file aside, says so, and queues the articles still waiting from the library', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows([['Talks', '/talks.html', '']]);
    await t.close();
    await writeFile(t.core.library.paths.importQueue, '{"schema": 1, "paus');
    await t.reopen();
    const info = await t.call<{ recovered: string[] }>('app.info', {});
    expect(info.recovered).toEqual([expect.stringMatching(/imported articles still to fetch could not be read/)]);
    expect(await status()).toMatchObject({ pending: 1 });
    await fetchAll();
    expect((await find('/talks.html')).title).toMatch(/^Kremlin Confirms/);
  });

  it('keeps to the private-network policy: a local address is refused unless allowed', async () => {
    t = await openTestCore({ allowPrivateNetwork: false });
    await importRows([['Talks', '/talks.html', '']]);
    await fetchAll();
    expect((await status()).failed).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/private or local network address/) }),
    ]);
    expect(site.requests).toEqual([]);
  });

  it('fetches four at a time, pauses (the ones under way finish) and resumes', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows(
      Array.from({ length: 7 }, (_, i) => [`Held ${i}`, `/held/${i}.html`, ''] as [string, string, string]),
    );
    const stop = t.core.importer.queue.start();
    await site.waitForHeld(4);
    expect(await status()).toMatchObject({ active: 4, pending: 7 });
    await t.call('import.pause', {});
    expect(site.release()).toBe(4);
    await t.core.importer.queue.idle();
    expect(await status()).toMatchObject({ paused: true, active: 0, pending: 3, done: 4 });
    expect(site.requests.filter((path) => path.startsWith('/held/'))).toHaveLength(4);
    // The library answers while fetches are under way or paused.
    expect(await articles()).toHaveLength(7);

    await t.call('import.resume', {});
    await site.waitForHeld(3);
    site.release();
    await t.core.importer.queue.idle();
    stop();
    expect(await status()).toMatchObject({ paused: false, pending: 0, done: 7 });
  });

  it('fetches an article still waiting its turn next, when the reader asks for it again', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importRows(
      Array.from({ length: 7 }, (_, i) => [`Held ${i}`, `/held/${i}.html`, ''] as [string, string, string]),
    );
    const stop = t.core.importer.queue.start();
    await site.waitForHeld(4);
    const last = await find('/held/6.html');
    await t.call('import.retry', { ids: [last.id] });
    site.release();
    await site.waitForHeld(1);
    expect(site.requests.filter((path) => path.startsWith('/held/'))[4]).toBe('/held/6.html');
    site.release();
    await site.waitForHeld(2);
    site.release();
    await t.core.importer.queue.idle();
    stop();
    expect((await find('/held/6.html')).contentStatus).toBeUndefined();
  });

  it('carries on after a restart: the queue and its pause are kept in the library folder', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await t.call('import.pause', {});
    await importRows([
      ['Talks', '/talks.html', ''],
      ['Wildfire', '/wildfire.html', ''],
    ]);
    await t.reopen();
    expect(await status()).toMatchObject({ paused: true, pending: 2, done: 0 });
    const stop = t.core.startBackgroundWork();
    await t.call('import.resume', {});
    await t.core.importer.queue.idle();
    stop();
    expect(await status()).toMatchObject({ paused: false, pending: 0, done: 2 });
    expect((await find('/wildfire.html')).title).toMatch(/wildfire bond/);
  });
});
