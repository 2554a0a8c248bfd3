import { copyFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary, ImportStatus } from '../../../electron/contract/index.ts';
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, noImages, testDevice } from '../helpers/library.ts';
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

/** A Pocket export of these pages (title, path on the test site), saved without their text. */
async function importPages(rows: [string, string][]): Promise<void> {
  const lines = rows.map(([title, path]) => `${title},${site.origin}${path},1688628695,,unread`);
  await t!.call('import.run', {
    fileName: 'pocket.csv',
    text: `title,url,time_added,tags,status\n${lines.join('\n')}\n`,
  });
}

const status = () => t!.call<ImportStatus>('import.status', {});
const find = async (path: string) =>
  (await t!.call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' })).articles.find(
    (article) => article.url === `${site.origin}${path}`,
  );
const requestsFor = (path: string) => site.requests.filter((requested) => requested === path).length;

async function fetchAll(): Promise<void> {
  const stop = t!.core.importer.queue.start();
  await t!.core.importer.queue.idle();
  stop();
}

describe('imported articles in the trash', () => {
  it('never fetches an article trashed before its turn, and fetches it once it is restored', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importPages([
      ['Talks', '/talks.html'],
      ['Wildfire', '/wildfire.html'],
    ]);
    const talks = (await find('/talks.html'))!;
    await t.call('article.delete', { ids: [talks.id] });
    // Trashed: no longer counted as waiting for its text.
    expect(await status()).toMatchObject({ pending: 1, failed: [] });

    await fetchAll();
    expect(requestsFor('/talks.html')).toBe(0);
    expect(requestsFor('/wildfire.html')).toBe(1);
    expect(await status()).toMatchObject({ pending: 0, done: 1, failed: [] });

    await t.call('article.undelete', { ids: [talks.id] });
    expect(await status()).toMatchObject({ pending: 1 });
    await fetchAll();
    expect(requestsFor('/talks.html')).toBe(1);
    const restored = (await find('/talks.html'))!;
    expect(restored.id).toBe(talks.id);
    expect(restored.contentStatus).toBeUndefined();
    expect(restored.title).toMatch(/^Kremlin Confirms Putin/);
  });

  it('checks at fetch time: a queue read from disk that still lists a trashed article does not fetch it', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importPages([
      ['Talks', '/talks.html'],
      ['Wildfire', '/wildfire.html'],
    ]);
    const { importQueue } = t.core.library.paths;
    const listedBoth = `${importQueue}.both`;
    await t.close();
    await copyFile(importQueue, listedBoth);
    await t.reopen();
    await t.call('article.delete', { ids: [(await find('/talks.html'))!.id] });
    await t.close();
    // As after a crash before the queue was written, or a trash that came by sync from another computer.
    await copyFile(listedBoth, importQueue);
    await t.reopen();

    await fetchAll();
    expect(requestsFor('/talks.html')).toBe(0);
    expect(requestsFor('/wildfire.html')).toBe(1);
    expect(await status()).toMatchObject({ pending: 0, done: 1, failed: [] });
  });

  it('keeps a failed article out of the import’s failures while trashed, and lists it again with its reason when restored', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await importPages([['Gone', '/gone.html']]);
    await fetchAll();
    const [failure] = (await status()).failed;
    expect(failure).toMatchObject({ title: 'Gone', reason: expect.stringMatching(/404/) });

    await t.call('article.delete', { ids: [failure!.id] });
    expect(await status()).toMatchObject({ pending: 0, failed: [] });
    await t.call('import.retry', {});
    await fetchAll();
    expect(requestsFor('/gone.html')).toBe(1);

    await t.call('article.undelete', { ids: [failure!.id] });
    expect((await status()).failed).toEqual([failure]);
  });

  it('never fetches an imported copy merged away as a duplicate of an article that has its text', async () => {
    t = await openTestCore({ allowPrivateNetwork: true });
    await t.close();
    // As an older Annals left it (before a page had one key): the page with its text, and a later import of
    // the same page under a tracking parameter, still waiting for its text.
    const library = await Library.open(t.dir, { device: testDevice });
    const imported = (url: string, savedAt: string) => ({
      url,
      title: 'Talks',
      tags: [],
      archived: false,
      favorite: false,
      savedAt,
    });
    try {
      const [kept] = await library.addImported([imported(`${site.origin}/talks.html`, '2024-03-01T10:00:00.000Z')]);
      await library.addImported([
        imported(`${site.origin}/talks.html?utm_source=newsletter`, '2024-06-01T10:00:00.000Z'),
      ]);
      const page = extractedArticle(1, { url: `${site.origin}/talks.html`, canonicalUrl: null, title: 'Talks' });
      await library.save(page, { loadImage: noImages, into: kept!.id });
    } finally {
      await library.close();
    }
    await t.reopen();
    expect(await status()).toMatchObject({ pending: 1 });

    await t.call('duplicates.merge', {});
    expect(await status()).toMatchObject({ pending: 0, failed: [] });
    await fetchAll();
    expect(site.requests).toEqual([]);
  });
});
