import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Annotation,
  Article,
  ArticleSummary,
  ImportPreview,
  ImportResult,
  ImportStatus,
} from '../../../electron/contract/index.ts';
import { asFile, fixtureText, openTestCore, type TestCore, zipFolder } from './support.ts';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

const list = async () =>
  (await t.call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' })).articles.sort((a, b) =>
    a.url.localeCompare(b.url),
  );
const byUrl = async (prefix: string) => {
  const found = (await list()).find((article) => article.url.startsWith(prefix));
  if (!found) throw new Error(`nothing saved from ${prefix}`);
  return found;
};
const annotationsOf = async (id: string) =>
  (await t.call<{ annotations: Annotation[] }>('annotations.list', { articleId: id })).annotations;

/** What the app does in the background: the text of imported articles stored (or fetched). */
async function backgroundWork(): Promise<void> {
  const stop = t.core.importer.queue.start();
  await t.core.importer.queue.idle();
  stop();
  // Saved texts are read for their dated events in turn, after the save.
  await t.core.timeline.idle();
}

/** Every file under the library folder with its content, to compare before and after. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    // A temp file is a write in flight (the fetch queue saves its list a moment later): not library content.
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    const path = join(entry.parentPath, entry.name);
    const content = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null; // replaced by a rename while we listed
      throw error;
    });
    if (content !== null) files.set(path.slice(dir.length), content);
  }
  return files;
}

describe('preview', () => {
  it('counts articles, duplicates, tags, highlights and skipped rows without writing anything', async () => {
    const before = await snapshot(t.dir);
    const preview = await t.call<ImportPreview>('import.preview', asFile('pocket.zip', zipFolder('pocket')));
    expect(await snapshot(t.dir)).toEqual(before);
    expect(preview).toMatchObject({
      format: 'pocket',
      articles: 5,
      new: 5,
      existing: 0,
      duplicatesInFile: 1,
      withContent: 0,
      toFetch: 5,
      archived: 2,
      highlights: 2,
      skippedCount: 2,
    });
    expect(preview.tags).toEqual([
      { name: 'harbour', count: 2 },
      { name: 'Kaffee & Kuchen', count: 1 },
      { name: 'politics', count: 1 },
      { name: 'port city', count: 1 },
      { name: 'reisen', count: 1 },
    ]);
  });

  it('tells apart articles already in the library, by canonical address', async () => {
    await t.call('import.run', { fileName: 'pocket.csv', text: fixtureText('pocket.csv') });
    const preview = await t.call<ImportPreview>('import.preview', asFile('pocket.zip', zipFolder('pocket')));
    expect(preview).toMatchObject({ articles: 5, new: 5, existing: 0 });
    const again = await t.call<ImportPreview>('import.preview', { fileName: 'p.csv', text: fixtureText('pocket.csv') });
    expect(again).toMatchObject({ articles: 2, new: 0, existing: 2 });
  });
});

describe('preview of a file naming pages the library has', () => {
  it('knows a saved page under the address another service gave it, and counts only texts still to fetch', async () => {
    await t.call('import.run', { fileName: 'pocket.csv', text: fixtureText('pocket.csv') });
    // The same two pages as another service writes them: plain http, www., a trailing slash, no tracking.
    const other = [
      'title,url,time_added,tags,status',
      'First saved article,http://www.one.example/first/,1600000000,,unread',
      'Second saved article,https://two.example/second?id=7,1600000500,,unread',
      'A new one,https://three.example/third,1600000600,,unread',
    ].join('\n');
    const preview = await t.call<ImportPreview>('import.preview', { fileName: 'other.csv', text: other });
    // The first two still wait for their text, which the earlier import already queued.
    expect(preview).toMatchObject({ articles: 3, new: 1, existing: 2, toFetch: 3 });
    const result = await t.call<ImportResult>('import.run', { previewId: preview.previewId });
    expect(result).toMatchObject({ added: 1 });
    expect(await list()).toHaveLength(3);
  });
});

describe('importing', () => {
  it('stores Pocket articles at once with their tags, states and original dates, text pending', async () => {
    const preview = await t.call<ImportPreview>('import.preview', asFile('pocket.zip', zipFolder('pocket')));
    const result = await t.call<ImportResult>('import.run', { previewId: preview.previewId });
    expect(result).toMatchObject({ format: 'pocket', added: 5, updated: 0, unchanged: 0, queued: 5, skippedCount: 2 });
    const talks = await byUrl('https://news.example/harbour-talks');
    // utm_* parameters and the #comments fragment named the same article: one article, tags merged.
    expect(talks.tags).toEqual(['politics', 'port city', 'harbour']);
    expect(talks.state).toBe('archived');
    expect(talks.savedAt).toBe('2023-06-29T00:53:20.000Z');
    expect(talks.contentStatus).toBe('pending');
    const record = await t.call<Article>('article.get', { id: talks.id });
    expect(record.archivedAt).toBe('2023-06-29T00:53:20.000Z');
    expect((await byUrl('https://reise.example/')).title).toBe('Café culture in Zürich — ein Überblick');
    expect((await byUrl('https://spreadsheets.example/')).title).toBe('=HYPERLINK("https://evil.example","Click me")');
    // Highlights wait, orphaned, for the text; none is dropped.
    const highlights = await annotationsOf(talks.id);
    expect(highlights.map((h) => [h.anchor?.exact, h.orphaned, h.created])).toEqual([
      ['negotiators returned to the table', true, '2023-07-07T03:20:00.000Z'],
      ['a quote that is nowhere in the article', true, '2023-07-07T03:21:40.000Z'],
    ]);
    const status = await t.call<ImportStatus>('import.status', {});
    expect(status).toMatchObject({ pending: 5, done: 0, failed: [], paused: false });
  });

  it('changes nothing when the same file is imported twice', async () => {
    const file = asFile('pocket.zip', zipFolder('pocket'));
    await t.call('import.run', file);
    const before = await snapshot(t.dir);
    const second = await t.call<ImportResult>('import.run', file);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 5, highlights: 0, notes: 0 });
    const after = await snapshot(t.dir);
    // Only the index backups and snapshot may be rewritten by compaction; no article changed.
    const articlesOnly = (files: Map<string, string>) =>
      new Map([...files].filter(([path]) => path.includes('/articles/') || path.endsWith('import-queue.json')));
    expect(articlesOnly(after)).toEqual(articlesOnly(before));
    expect(await list()).toHaveLength(5);
  });

  it('changes nothing when an Omnivore or Wallabag export (text, highlights, notes) is imported again', async () => {
    const files = [
      asFile('omnivore.zip', zipFolder('omnivore')),
      { fileName: 'w.json', text: fixtureText('wallabag.json') },
    ];
    for (const file of files) await t.call('import.run', file);
    await backgroundWork();
    const before = await snapshot(t.dir);
    for (const file of files) {
      expect(await t.call<ImportResult>('import.run', file)).toMatchObject({
        added: 0,
        updated: 0,
        highlights: 0,
        notes: 0,
      });
    }
    const articlesOnly = (files: Map<string, string>) =>
      new Map([...files].filter(([path]) => path.includes('/articles/')));
    expect(articlesOnly(await snapshot(t.dir))).toEqual(articlesOnly(before));
  });

  it('rebuilds an imported article whose record a crash kept from the disk, from the index', async () => {
    await t.call('import.run', { fileName: 'pocket.csv', text: fixtureText('pocket.csv') });
    const first = await byUrl('https://one.example/first');
    await writeFile(join(t.dir, 'articles', first.id, 'article.json'), '');
    await t.reopen();
    const rebuilt = await t.call<Article>('article.get', { id: first.id });
    expect(rebuilt).toMatchObject({ title: 'First saved article', tags: ['reading list'], contentStatus: 'pending' });
  });

  it('merges into articles already saved: tags added, archived and favorite taken, earlier date kept', async () => {
    await t.call('import.run', { fileName: 'pocket.csv', text: fixtureText('instapaper.csv') });
    const talks = await byUrl('https://news.example/harbour-talks');
    await t.call('article.tag', { ids: [talks.id], add: ['mine'] });
    const result = await t.call<ImportResult>('import.run', asFile('pocket.zip', zipFolder('pocket')));
    // Slow journalism was archived, untagged, in both: unchanged.
    expect(result).toMatchObject({ added: 3, updated: 1, unchanged: 1 });
    const merged = await byUrl('https://news.example/harbour-talks');
    expect(merged.id).toBe(talks.id);
    expect(merged.tags).toEqual(['politics', 'port city', 'mine', 'harbour']);
    expect(merged.state).toBe('archived');
    expect(merged.savedAt).toBe('2023-06-29T00:53:20.000Z');
    expect((await annotationsOf(talks.id)).map((h) => h.anchor?.exact)).toEqual([
      'negotiators returned to the table',
      'a quote that is nowhere in the article',
    ]);
  });

  it('stores the text an Omnivore export carries, anchors its highlights, keeps the unplaceable ones as orphans', async () => {
    const result = await t.call<ImportResult>('import.run', asFile('omnivore.zip', zipFolder('omnivore')));
    expect(result).toMatchObject({ format: 'omnivore', added: 3, highlights: 3, queued: 3 });
    // Listed at once, highlights waiting for the text; the background work stores the text the zip carried.
    expect((await annotationsOf((await byUrl('https://news.example/harbour-talks')).id)).every((h) => h.orphaned)).toBe(
      true,
    );
    await backgroundWork();
    const talks = await byUrl('https://news.example/harbour-talks');
    expect(talks.contentStatus).toBeUndefined();
    expect(talks.state).toBe('archived');
    expect(talks.tags).toEqual(['politics', 'Port City']);
    expect(talks.savedAt).toBe('2023-07-06T07:31:35.000Z');
    expect(talks.wordCount).toBeGreaterThan(60);
    const content = await t.call<{ text: string }>('article.content', { id: talks.id });
    expect(content.text).toContain('negotiators returned to the table on Monday morning');
    const highlights = await annotationsOf(talks.id);
    const placed = highlights.filter((h) => !h.orphaned);
    expect(placed.map((h) => [h.anchor?.exact, h.note, h.tags])).toEqual([
      ['negotiators returned to the table on Monday morning', 'The key sentence of the piece.', ['talks', 'port']],
      ['Both sides described the first session as "long but useful".', '', []],
    ]);
    expect(content.text.slice(placed[0]!.anchor!.start, placed[0]!.anchor!.end)).toBe(
      'negotiators returned to the table on Monday morning',
    );
    expect(highlights.filter((h) => h.orphaned).map((h) => h.anchor?.exact)).toEqual([
      'a sentence Omnivore kept that the article no longer has',
    ]);
    expect((await byUrl('https://reise.example/')).contentStatus).toBeUndefined();
    // Omnivore never stored this one: its address was tried (.example never resolves) and failed.
    expect((await byUrl('https://later.example/')).contentStatus).toBe('failed');
    expect(await t.call<ImportStatus>('import.status', {})).toMatchObject({ pending: 0, done: 2 });
  });

  it('imports Wallabag entries with their content, stars, notes and re-anchored annotations', async () => {
    const result = await t.call<ImportResult>('import.run', { fileName: 'w.json', text: fixtureText('wallabag.json') });
    expect(result).toMatchObject({ format: 'wallabag', added: 2, highlights: 2, notes: 1, skippedCount: 1 });
    const tinyBefore = await byUrl('https://short.example/tiny');
    expect(tinyBefore).toMatchObject({ favorite: true, contentStatus: 'pending' });
    await backgroundWork();
    const talks = await byUrl('https://news.example/harbour-talks');
    expect(talks.contentStatus).toBeUndefined();
    const annotations = await annotationsOf(talks.id);
    expect(annotations.map((a) => [a.kind, a.anchor?.exact ?? null, a.note, a.orphaned])).toEqual([
      ['note', null, 'A note on the whole article', false],
      ['highlight', 'neither side would speak to the other', 'Why did it take a week?', false],
      ['highlight', 'words that were edited out later', '', true],
    ]);
    // Too short to be an article: its address was tried instead; it keeps its star.
    const tiny = await byUrl('https://short.example/tiny');
    expect(tiny).toMatchObject({ favorite: true, contentStatus: 'failed' });
  });

  it('follows the feeds of an OPML file through the feeds importer', async () => {
    const opml = fixtureText('../feeds/subscriptions.opml');
    const preview = await t.call<ImportPreview>('import.preview', { fileName: 'feeds.opml', text: opml });
    expect(preview).toMatchObject({ format: 'opml', articles: 0 });
    expect(preview.feeds).toBeGreaterThan(1);
    const result = await t.call<ImportResult>('import.run', { previewId: preview.previewId });
    expect(result.feedsAdded).toBe(preview.feeds);
    const { feeds } = await t.call<{ feeds: unknown[] }>('feeds.list', {});
    expect(feeds).toHaveLength(preview.feeds);
  });

  it('imports bookmarks with folders as tags, Readwise rows without feed items, old Pocket HTML', async () => {
    await t.call('import.run', { fileName: 'b.html', text: fixtureText('bookmarks.html') });
    expect((await byUrl('https://local.example/council')).tags).toEqual(['News/Local']);
    const readwise = await t.call<ImportResult>('import.run', {
      fileName: 'r.csv',
      text: fixtureText('readwise-reader.csv'),
    });
    expect(readwise).toMatchObject({ added: 2, updated: 1, skippedCount: 1 });
    const html = await t.call<ImportResult>('import.run', {
      fileName: 'ril_export.html',
      text: fixtureText('ril_export.html'),
    });
    expect(html).toMatchObject({ added: 1, updated: 1 });
    expect((await byUrl('https://blog.example/r%C3%A9sum%C3%A9-tips')).title).toBe('Résumé tips & tricks');
    expect((await list()).every((article) => !article.url.startsWith('javascript:'))).toBe(true);
  });
});

describe('hostile files', () => {
  it('writes nothing outside the library for zip slip, absolute and symlink entries', async () => {
    const csv = strToU8('title,url,time_added,tags,status\nSafe,https://safe.example/,1600000000,,unread\n');
    const archive = zipSync({
      'part_000000.csv': csv,
      '../../../escaped/part_000001.csv': csv,
      '/tmp/part_000002.csv': csv,
      'part_000003.csv': [strToU8('../../etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    });
    const parent = dirname(t.dir);
    const outside = (await readdir(parent)).sort();
    const result = await t.call<ImportResult>('import.run', asFile('hostile.zip', archive));
    expect(result.added).toBe(1);
    expect(result.skipped.map((row) => row.reason)).toEqual([
      expect.stringMatching(/leaves the archive/),
      expect.stringMatching(/leaves the archive/),
      expect.stringMatching(/symbolic link/),
    ]);
    expect((await readdir(parent)).sort()).toEqual(outside);
  });

  it('refuses a file over 100 MB, and an empty one, saying which', async () => {
    const huge = await t.core.dispatch('import.preview', {
      fileName: 'big.csv',
      text: 'x'.repeat(100 * 1024 * 1024 + 1),
    });
    expect(huge).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/larger than 100 MB/) },
    });
    const empty = await t.core.dispatch('import.preview', { fileName: 'empty.csv', text: '' });
    expect(empty).toMatchObject({ ok: false, error: { message: 'empty.csv is empty.' } });
  });
});
