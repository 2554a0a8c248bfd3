import { createHash } from 'node:crypto';
import { access, cp, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { restoreBackup } from '../../../electron/core/transfer/backup/restore.ts';
import { prepareEntry } from '../../../electron/core/transfer/backup/zip-writer.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { backupManifest, writeArchive } from './hostile-archives.ts';
import { call, failure, oneArticleBackup, openTestCore } from './support.ts';

type Restore = { restored: number; merged: number; skipped: { path: string; reason: string }[] };

const germanHtml = readFile(new URL('../../fixtures/pages/german-article.html', import.meta.url), 'utf8');
let work: Awaited<ReturnType<typeof tempDir>>;
/** The files of a genuine backup of one article, to be tampered with. */
let genuine: Record<string, Uint8Array>;
let articleId: string;

let mine: ArticleSummary;
let mineText: string;
/** A library that holds an article of its own, saved once and copied for each test: saving it was most of a test. */
let own: string;

beforeAll(async () => {
  work = await tempDir();
  ({ files: genuine, articleId } = await oneArticleBackup(work.dir));
  own = join(work.dir, 'own');
  const maker = await openTestCore(own);
  try {
    mine = (
      await call<{ article: ArticleSummary }>(maker, 'article.saveHtml', {
        html: await germanHtml,
        url: 'https://mine.example/own',
      })
    ).article;
    mineText = (await call<{ text: string }>(maker, 'article.content', { id: mine.id })).text;
  } finally {
    await maker.close();
  }
});
afterAll(() => work.cleanup());

let libraryDir: string;
let core: Awaited<ReturnType<typeof openTestCore>>;
let cleanup: () => Promise<void>;

// Every restore goes into a library that already holds an article of its own, which must survive.
beforeEach(async () => {
  const temp = await tempDir();
  libraryDir = join(temp.dir, 'library');
  await cp(own, libraryDir, { recursive: true });
  core = await openTestCore(libraryDir);
  cleanup = async () => {
    await core.close();
    await temp.cleanup();
  };
});
afterEach(() => cleanup());

/** A backup archive of `files`, with a manifest listing `listed` (by default every file, truthfully). */
function archive(files: Zippable, listed: Record<string, Uint8Array> = files as Record<string, Uint8Array>): string {
  const manifest = backupManifest(
    Object.entries(listed).map(([path, bytes]) => ({
      path,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    })),
  );
  return Buffer.from(zipSync({ ...files, 'manifest.json': manifest })).toString('base64');
}

async function expectMineIntact(): Promise<void> {
  const { articles } = await call<{ articles: ArticleSummary[] }>(core, 'library.list', { view: 'all' });
  expect(articles.map((article) => article.id)).toContain(mine.id);
  expect((await call<{ text: string }>(core, 'article.content', { id: mine.id })).text).toBe(mineText);
  // No staging folder is left behind (temp files of the app's own background writes may come and go).
  expect((await readdir(libraryDir)).filter((name) => /^\.(restore|backup)-/.test(name))).toEqual([]);
}

/** The path in the genuine backup of the article's text as a version (`.txt`) or its HTML (`.html`). */
function versionFile(ext: '.txt' | '.html'): string {
  const prefix = `articles/${articleId}/versions/`;
  return Object.keys(genuine).find((path) => path.startsWith(prefix) && path.endsWith(ext))!;
}

const articleCount = async () => (await call<{ total: number }>(core, 'library.list', { view: 'all' })).total;

describe('restoring a hostile or damaged backup', () => {
  it('refuses what is not an Annals backup, naming the problem', async () => {
    expect(await failure(core, 'library.restore', { data: Buffer.from('title,url\n').toString('base64') })).toMatch(
      /not a zip archive/,
    );
    const noManifest = Buffer.from(zipSync({ 'notes.txt': strToU8('hello') })).toString('base64');
    expect(await failure(core, 'library.restore', { data: noManifest })).toBe(
      'This is not an Annals backup: it has no manifest.json.',
    );
    const brokenManifest = Buffer.from(zipSync({ 'manifest.json': strToU8('{"format": "annals-backup",') })).toString(
      'base64',
    );
    expect(await failure(core, 'library.restore', { data: brokenManifest })).toMatch(/manifest\.json is damaged/);
    expect(await failure(core, 'library.restore', { path: join(work.dir, 'nowhere.zip') })).toMatch(
      /There is no backup file at/,
    );
    await expectMineIntact();
  });

  it('refuses a backup whose manifest lies: a listed file missing, or bytes that do not match', async () => {
    const missing = { ...genuine };
    const text = versionFile('.txt');
    delete missing[text];
    expect(await failure(core, 'library.restore', { data: archive(missing, genuine) })).toBe(
      `The backup is damaged: ${text} is in its manifest but not in the archive.`,
    );
    const html = versionFile('.html');
    const altered = { ...genuine, [html]: strToU8('<p>swapped</p>') };
    expect(await failure(core, 'library.restore', { data: archive(altered, genuine) })).toBe(
      `The backup is damaged: ${html} does not match its checksum.`,
    );
    expect(await articleCount()).toBe(1);
    await expectMineIntact();
  });

  it('checks files against a manifest that lists them in another order, and refuses one listing a file twice', async () => {
    // The manifest is walked beside the archive's files: out of order, it is read ahead, and checked the same.
    const reversed = Object.fromEntries(Object.entries(genuine).reverse());
    const restored = await call<Restore>(core, 'library.restore', { data: archive(genuine, reversed) });
    expect(restored).toMatchObject({ restored: 1, skipped: [] });
    const listed = Object.entries(genuine).map(([path, bytes]) => ({
      path,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    }));
    const twice = zipSync({ ...genuine, 'manifest.json': backupManifest([...listed, listed[1]!]) });
    expect(await failure(core, 'library.restore', { data: Buffer.from(twice).toString('base64') })).toBe(
      `The backup is damaged: ${listed[1]!.path} is in its manifest but not in the archive.`,
    );
    await expectMineIntact();
  });

  it('skips zip slip, absolute paths and symlinks, and writes nothing outside the library', async () => {
    const hostile: Zippable = {
      ...genuine,
      '../../escaped.txt': strToU8('x'),
      '/tmp/annals-absolute.txt': strToU8('x'),
      'articles/../../../escaped-too.txt': strToU8('x'),
      'settings-link': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    };
    const result = await call<Restore>(core, 'library.restore', { data: archive(hostile, genuine) });
    expect(result.restored).toBe(1);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { path: '../../escaped.txt', reason: expect.stringContaining('leaves the archive') },
        { path: '/tmp/annals-absolute.txt', reason: expect.stringContaining('leaves the archive') },
        { path: 'articles/../../../escaped-too.txt', reason: expect.stringContaining('leaves the archive') },
        { path: 'settings-link', reason: 'it is a symbolic link' },
      ]),
    );
    for (const outside of [
      join(libraryDir, '../../escaped.txt'),
      join(libraryDir, '../escaped-too.txt'),
      '/tmp/annals-absolute.txt',
    ]) {
      await expect(access(outside)).rejects.toThrow();
    }
    await expectMineIntact();
  });

  it('names why it refused hostile files the manifest lists, instead of calling them missing', async () => {
    const hostile: Zippable = {
      ...genuine,
      '../../escaped.txt': strToU8('x'),
      'articles/../../../escaped-too.txt': strToU8('x'),
      'settings-link': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    };
    const listed = {
      ...genuine,
      '../../escaped.txt': strToU8('x'),
      'articles/../../../escaped-too.txt': strToU8('x'),
      'settings-link': strToU8('/etc/passwd'),
    };
    const result = await call<Restore>(core, 'library.restore', { data: archive(hostile, listed) });
    expect(result.restored).toBe(1);
    expect(result.skipped).toEqual([
      { path: '../../escaped.txt', reason: 'its path leaves the archive (absolute, or with ..)' },
      { path: 'articles/../../../escaped-too.txt', reason: 'its path leaves the archive (absolute, or with ..)' },
      { path: 'settings-link', reason: 'it is a symbolic link' },
    ]);
    await expect(access(join(libraryDir, '../../escaped.txt'))).rejects.toThrow();
    await expectMineIntact();
  });

  it('drops a restored feed’s permission to reach the local network: the reader is asked again', async () => {
    const feed = {
      id: 'lanfeed01',
      url: 'http://192.168.1.20/feed.xml',
      title: 'Router log',
      siteUrl: null,
      folderPath: [],
      allowPrivateNetwork: true,
      addedAt: '2025-05-01T10:00:00.000Z',
      lastFetchedAt: null,
      lastError: null,
      refreshMinutes: 60,
      icon: null,
      etag: null,
      lastModified: null,
      seen: [],
      iconCheckedAt: null,
    };
    const files = { ...genuine, 'feeds.json': strToU8(JSON.stringify({ schema: 1, feeds: [feed], folders: [] })) };
    const result = await call<Restore & { feedsAdded: number }>(core, 'library.restore', { data: archive(files) });
    expect(result.feedsAdded).toBe(1);
    const { feeds } = await call<{ feeds: { url: string; allowPrivateNetwork: boolean }[] }>(core, 'feeds.list', {});
    expect(feeds).toEqual([expect.objectContaining({ url: feed.url, allowPrivateNetwork: false })]);
    // Nothing the library keeps grants it: not the feed's records, not this computer's own state.
    const kept = await readdir(libraryDir, { recursive: true });
    for (const file of kept.filter((name) => name.endsWith('.json')))
      expect(await readFile(join(libraryDir, file), 'utf8'), file).not.toMatch(/"allowPrivateNetwork": ?true/);
  });

  it('skips files outside a library’s layout, even when the manifest lists them', async () => {
    const extra = {
      'search/index.json': strToU8('{}'),
      'scripts/run.sh': strToU8('rm -rf ~'),
      'articles/NOT AN ID/content.html': strToU8('<p>x</p>'),
      [`articles/${articleId}/.hidden`]: strToU8('x'),
      // Deeper than any article file goes (articles/<id>/versions/<version>/assets/<file> is the deepest).
      [`articles/${articleId}/deep/er/and/deeper/file.txt`]: strToU8('x'),
      'library.lock': strToU8('1234'),
    };
    const files = { ...genuine, ...extra };
    const result = await call<Restore>(core, 'library.restore', { data: archive(files) });
    expect(result.restored).toBe(1);
    expect(result.skipped.map((item) => item.path).sort()).toEqual(Object.keys(extra).sort());
    expect(new Set(result.skipped.map((item) => item.reason))).toEqual(
      new Set(['it is not part of an Annals library']),
    );
    await expect(access(join(libraryDir, 'scripts'))).rejects.toThrow();
    await expect(access(join(libraryDir, 'articles', articleId, '.hidden'))).rejects.toThrow();
    await expectMineIntact();
  });

  it('leaves out the import queue an older backup carries, so no shared copy lands in a synced folder', async () => {
    const queue = { schema: 1, paused: false, done: 0, articles: [] };
    const older = { ...genuine, 'import-queue.json': strToU8(JSON.stringify(queue)) };
    const result = await call<Restore>(core, 'library.restore', { data: archive(older) });
    expect(result).toMatchObject({ restored: 1, skipped: [] });
    await expect(access(join(libraryDir, 'import-queue.json'))).rejects.toThrow();
    await expectMineIntact();
  });

  it('skips files not in the manifest', async () => {
    const smuggled = { ...genuine, 'reading-list.json': strToU8('{"schema":1,"items":[]}') };
    const result = await call<Restore>(core, 'library.restore', { data: archive(smuggled, genuine) });
    expect(result.skipped).toEqual([
      { path: 'reading-list.json', reason: 'it is not listed in the backup’s manifest' },
    ]);
    await expect(access(join(libraryDir, 'reading-list.json'))).rejects.toThrow();
  });

  it('restores the file its manifest lists and skips a second one by the same name', async () => {
    const text = versionFile('.txt');
    const archivePath = join(work.dir, `same-name-${Date.now()}.zip`);
    const twice: [string, Uint8Array][] = [...Object.entries(genuine), [text, strToU8('swapped in a second time')]];
    await writeArchive(archivePath, twice, {
      manifest: await Promise.all(Object.entries(genuine).map(([path, bytes]) => prepareEntry(path, bytes))),
    });
    const result = await call<Restore>(core, 'library.restore', { path: archivePath });
    expect(result.restored).toBe(1);
    expect(result.skipped).toEqual([{ path: text, reason: 'it is not listed in the backup’s manifest' }]);
    expect(await readFile(join(libraryDir, text))).toEqual(Buffer.from(genuine[text]!));
    await expectMineIntact();
  });

  it('stops a zip bomb and too many files while inflating, before anything is written', async () => {
    const limits = { maxEntries: 50, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxRatio: 100 };
    const restore = (files: Zippable) =>
      restoreBackup({
        library: core.library,
        annotations: core.annotations,
        feeds: core.feeds,
        now: () => new Date(),
        archive: Buffer.from(archive(files), 'base64'),
        limits,
      });
    const bomb = { ...genuine, [`articles/${articleId}/content.html`]: new Uint8Array(30 * 1024 * 1024) };
    await expect(restore(bomb)).rejects.toThrow(/inflates to more than Annals accepts/);
    const many: Record<string, Uint8Array> = { ...genuine };
    for (let n = 0; n < 60; n++) many[`articles/${articleId}/assets/${n}.txt`] = strToU8('x');
    await expect(restore(many)).rejects.toThrow(/at most 50 are accepted/);
    expect(await articleCount()).toBe(1);
    await expectMineIntact();
  });

  it('skips damaged JSON inside with a reason, and restores the rest', async () => {
    const damaged = {
      ...genuine,
      [`articles/${articleId}/records/${testDevice.id}.json`]: strToU8('{"format":2,"annotations":{"id":'),
      'feeds.json': strToU8('{"schema":1,"feeds":"not a list"}'),
      'settings.json': strToU8('\u0000\u0000'),
      'articles/abcdef123456/article.json': strToU8('{"id":"abcdef123456"'),
      'articles/abcdef123456/content.html': strToU8('<p>orphan</p>'),
    };
    const result = await call<Restore>(core, 'library.restore', { data: archive(damaged) });
    expect(result.restored).toBe(1);
    const reasons = Object.fromEntries(result.skipped.map((item) => [item.path, item.reason]));
    expect(reasons[`articles/${articleId}/records/${testDevice.id}.json`]).toMatch(
      /cannot be read \(the file is not valid JSON/,
    );
    expect(reasons['feeds.json']).toMatch(/cannot be read \(unexpected content at feeds/);
    expect(reasons['settings.json']).toMatch(/settings cannot be read/);
    expect(reasons['articles/abcdef123456']).toMatch(/its record \(article\.json\) cannot be used/);
    await expect(access(join(libraryDir, 'articles', 'abcdef123456'))).rejects.toThrow();
    const restored = await call<{ annotationCount: number; title: string }>(core, 'article.get', { id: articleId });
    expect(restored.title).toContain('Kremlin');
    // Its record (which holds its highlights) was unreadable: the article does not claim highlights it no longer has.
    expect(restored.annotationCount).toBe(0);
    await expectMineIntact();
  });

  it('merges an article the backup holds twice (same address, two ids) into one', async () => {
    const twin = 'twin23456789';
    const copy: Record<string, Uint8Array> = { ...genuine };
    for (const [path, bytes] of Object.entries(genuine)) {
      if (!path.startsWith(`articles/${articleId}/`)) continue;
      const text = new TextDecoder().decode(bytes).replaceAll(articleId, twin);
      copy[path.replace(articleId, twin)] = path.endsWith('.json') ? strToU8(text) : bytes;
    }
    const result = await call<Restore>(core, 'library.restore', { data: archive(copy) });
    expect(result).toMatchObject({ restored: 1, merged: 1, skipped: [] });
    expect(await articleCount()).toBe(2);
    await expectMineIntact();
  });

  it('clears what an interrupted restore left behind', async () => {
    const leftover = join(libraryDir, '.restore-0123456789ab');
    await mkdir(join(leftover, 'articles'), { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await utimes(leftover, twoDaysAgo, twoDaysAgo);
    await call<Restore>(core, 'library.restore', { data: archive(genuine) });
    await expectMineIntact();
  });

  it('sets aside, never deletes, an unlisted folder standing where a restored article goes', async () => {
    const stray = join(libraryDir, 'articles', articleId);
    await mkdir(stray, { recursive: true });
    await writeFile(join(stray, 'content.html'), '<p>half a save</p>');
    const result = await call<Restore>(core, 'library.restore', { data: archive(genuine) });
    expect(result.restored).toBe(1);
    const kept = await readdir(join(libraryDir, 'corrupt'));
    expect(kept.some((name) => name.endsWith(`articles__${articleId}`))).toBe(true);
    await expectMineIntact();
  });

  it('stores a restored text sanitized exactly as a save would: no SVG image, filter image, background or poster', async () => {
    const hostile = [
      '<p>Delegations arrive in Istanbul.</p>',
      '<svg><image href="https://evil.example/svg-image.png"></image></svg>',
      '<svg><filter id="f"><feImage href="https://evil.example/fe-image.png"></feImage></filter></svg>',
      '<table background="https://evil.example/background.png"><tr><td>cell</td></tr></table>',
      '<video poster="https://evil.example/poster.png"></video>',
      '<div style="background:url(https://evil.example/style.png)">styled</div>',
      '<script>parent.postMessage("ran", "*")</script>',
    ].join('');
    const result = await call<Restore>(core, 'library.restore', {
      data: archive({ ...genuine, [versionFile('.html')]: strToU8(hostile) }),
    });
    expect(result.restored).toBe(1);
    const { html } = await call<{ html: string }>(core, 'article.content', { id: articleId });
    expect(html).toContain('Delegations arrive in Istanbul.');
    expect(html).not.toMatch(/evil\.example|<script|feImage|<image|poster=|background=/i);
    await expectMineIntact();
  });
});
