import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, ArticleSummary, EventName, TaskProgress } from '../../../electron/contract/index.ts';
import type { Core } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { buildReaderLibrary, call, filesUnder, openTestCore, startPageServer } from './support.ts';

type Backup = { path: string; articles: number; files: number; bytes: number };
type Restore = { intoEmpty: boolean; restored: number; merged: number; feedsAdded: number; skipped: unknown[] };
type Listed = { articles: ArticleSummary[] };
type Feeds = { feeds: { url: string; title: string; folderPath: string[] }[] };

let server: Awaited<ReturnType<typeof startPageServer>>;
let work: Awaited<ReturnType<typeof tempDir>>;
let source: Core & { stored: () => unknown };
let ids: Awaited<ReturnType<typeof buildReaderLibrary>>;
let backup: Backup;
/** What the source library showed when it was backed up (a later test goes on changing it). */
let atBackup: { articles: ArticleSummary[]; annotations: Annotation[]; feeds: Feeds['feeds'] };
const sourceEvents: [EventName, unknown][] = [];

beforeAll(async () => {
  server = await startPageServer();
  work = await tempDir();
  await mkdir(join(work.dir, 'out'));
  source = await openTestCore(join(work.dir, 'source'), join(work.dir, 'out'));
  ids = await buildReaderLibrary(source, server.origin);
  source.onEvent((name, payload) => sourceEvents.push([name, payload]));
  backup = await call<Backup>(source, 'library.backup', {});
  atBackup = {
    articles: (await listAll(source)).articles,
    annotations: (await call<{ annotations: Annotation[] }>(source, 'annotations.list', {})).annotations,
    feeds: (await call<Feeds>(source, 'feeds.list', {})).feeds,
  };
}, 60_000);

afterAll(async () => {
  await source.close();
  await server.stop();
  await work.cleanup();
});

const listAll = (core: Core) => call<Listed>(core, 'library.list', { view: 'all' });

describe('backing up a library', () => {
  it('writes “Annals backup <date>.zip” with every article file, feeds, tag colours, settings and a manifest', async () => {
    expect(backup.path).toMatch(/[\\/]out[\\/]Annals backup \d{4}-\d{2}-\d{2}\.zip$/);
    expect(backup.articles).toBe(3);
    const zip = unzipSync(await readFile(backup.path));
    const names = Object.keys(zip).sort();
    expect(names).toContain('manifest.json');
    expect(names).toContain('settings.json');
    expect(names).toContain('feeds.json');
    expect(names).toContain('tags.json');
    expect(names.filter((name) => /^articles\/[a-z0-9]+\/assets\/[a-f0-9]{64}\.png$/.test(name))).toHaveLength(1);
    // Highlights and notes are in the records of the device that made them.
    expect(names).toContain(`articles/${ids.seed.id}/records/${testDevice.id}.json`);
    // Rebuildable and private things stay out: this device's derived data (the index too).
    expect(
      names.some(
        (name) =>
          /^(\.annals|search|backups|corrupt|trash)\//.test(name) ||
          name.endsWith('.journal') ||
          name === 'library.json',
      ),
    ).toBe(false);
    expect(names.some((name) => name.includes('lock') || name.includes('token'))).toBe(false);

    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']));
    expect(manifest).toMatchObject({ format: 'annals-backup', version: 1, appVersion: '1.2.3', articleCount: 3 });
    expect(manifest.files.map((file: { path: string }) => file.path).sort()).toEqual(
      names.filter((name) => name !== 'manifest.json'),
    );
    const settings = JSON.parse(new TextDecoder().decode(zip['settings.json']));
    expect(settings.reader).toMatchObject({ theme: 'sepia', fontSize: 21 });
    expect(backup.files).toBe(names.length - 1);
    expect(backup.bytes).toBe((await readFile(backup.path)).length);
  });

  it('numbers a second backup of the same day instead of replacing the first', async () => {
    const second = await call<Backup>(source, 'library.backup', {});
    expect(second.path).toMatch(/Annals backup \d{4}-\d{2}-\d{2} \(2\)\.zip$/);
    const progress = sourceEvents
      .filter(([name]) => name === 'progress')
      .map(([, payload]) => payload as TaskProgress)
      .filter((event) => event.label === 'Backing up the library');
    expect(progress.at(-1)).toMatchObject({ state: 'done', message: expect.stringContaining('Backed up 3 articles') });
    expect(progress.some((event) => event.state === 'running' && event.total > 0)).toBe(true);
  });

  it('refuses to write a backup inside the library folder', async () => {
    const envelope = await source.dispatch('library.backup', { path: join(work.dir, 'source', 'inside.zip') });
    expect(envelope).toMatchObject({ ok: false, error: { message: expect.stringContaining('inside the library') } });
  });

  it('keeps a consistent copy while the reader goes on tagging', async () => {
    const tagging = Array.from({ length: 20 }, (_, n) =>
      call(source, 'article.tag', { ids: [ids.longRead.id], add: [`burst-${n}`] }),
    );
    const during = call<Backup>(source, 'library.backup', { path: join(work.dir, 'out', 'during.zip') });
    await Promise.all([...tagging, during]);
    const zip = unzipSync(await readFile(join(work.dir, 'out', 'during.zip')));
    const record = JSON.parse(
      new TextDecoder().decode(zip[`articles/${ids.longRead.id}/records/${testDevice.id}.json`]),
    ) as { tags: Record<string, { on: boolean }> };
    const burst = Object.entries(record.tags).filter(([key, flag]) => key.startsWith('burst-') && flag.on);
    // A restore of it checks out against its manifest, and shows exactly the tags the copied record held.
    const target = await openTestCore(join(work.dir, 'during-restored'));
    expect(
      (await call<Restore>(target, 'library.restore', { path: join(work.dir, 'out', 'during.zip') })).restored,
    ).toBe(3);
    const restored = (await listAll(target)).articles.find((article) => article.id === ids.longRead.id)!;
    expect(restored.tags.filter((tag) => tag.startsWith('burst-')).sort()).toEqual(burst.map(([key]) => key).sort());
    await target.close();
  });
});

describe('restoring into an empty library', () => {
  it('reproduces the library file by file and through the API, settings included', async () => {
    const targetDir = join(work.dir, 'restored');
    const target = await openTestCore(targetDir);
    const events: EventName[] = [];
    target.onEvent((name) => events.push(name));
    const result = await call<Restore>(target, 'library.restore', { path: backup.path });
    expect(result).toEqual({ intoEmpty: true, restored: 3, merged: 0, feedsAdded: 1, skipped: [] });
    expect(events).toContain('libraryChanged');
    expect(events).toContain('settingsChanged');

    // Article files, images included, byte for byte.
    const zip = unzipSync(await readFile(backup.path));
    const articleFiles = Object.keys(zip).filter((name) => name.startsWith('articles/'));
    const sourceFiles = (await filesUnder(join(work.dir, 'source', 'articles'))).map((file) => `articles/${file}`);
    expect(articleFiles.sort()).toEqual(sourceFiles.filter((file) => articleFiles.includes(file)).sort());
    expect((await filesUnder(join(targetDir, 'articles'))).map((file) => `articles/${file}`)).toEqual(
      articleFiles.sort(),
    );
    for (const file of articleFiles) {
      expect(Buffer.compare(await readFile(join(targetDir, file)), Buffer.from(zip[file]!)), file).toBe(0);
    }
    // Library-level files, as data: what the restored library's records make is what the backup held.
    const rendered = {
      'feeds.json': target.feeds.exportFile(),
      'tags.json': JSON.stringify({ schema: 1, colors: target.library.tagColors.all() }),
    };
    for (const [file, text] of Object.entries(rendered)) {
      expect(JSON.parse(text), file).toEqual(JSON.parse(new TextDecoder().decode(zip[file])));
    }

    // Through the API: the same list, highlights, feeds, tags and settings.
    expect((await listAll(target)).articles).toEqual(atBackup.articles);
    expect((await call<{ annotations: Annotation[] }>(target, 'annotations.list', {})).annotations).toEqual(
      atBackup.annotations,
    );
    expect((await call<Feeds>(target, 'feeds.list', {})).feeds).toEqual(atBackup.feeds);
    expect((await call<{ tags: unknown[] }>(target, 'tags.list', {})).tags).toContainEqual({
      name: 'ukraine',
      count: 2,
      color: 'blue',
    });
    expect(target.stored()).toEqual(zipSettings(zip));
    // The search index caught up with what arrived.
    const hits = await call<{ results: { id: string }[] }>(target, 'search.query', { query: 'Peskov' });
    expect(hits.results.map((hit) => hit.id)).toContain(ids.seed.id);

    // Once closed, this device's index on disk lists exactly the restored articles, as they were.
    await target.close();
    const index = JSON.parse(await readFile(join(targetDir, '.annals', testDevice.id, 'library.json'), 'utf8')) as {
      articles: ArticleSummary[];
    };
    const byId = (list: ArticleSummary[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(index.articles)).toEqual(byId(atBackup.articles));
  });
  it('restores a backup an earlier version wrote, its manifest one pretty-printed document', async () => {
    // Earlier versions wrote manifest.json with JSON.stringify(manifest, null, 2), its files listed last;
    // the same list first, as another writer might put it, reads as well.
    const zip = unzipSync(await readFile(backup.path));
    const { files, ...header } = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Record<string, unknown>;
    for (const [name, manifest] of [
      ['earlier.zip', { ...header, files }],
      ['files-first.zip', { files, ...header }],
    ] as const) {
      const archive = join(work.dir, 'out', name);
      await writeFile(archive, zipSync({ ...zip, 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) }));
      const target = await openTestCore(join(work.dir, `restored-${name}`));
      const result = await call<Restore>(target, 'library.restore', { path: archive });
      expect(result).toEqual({ intoEmpty: true, restored: 3, merged: 0, feedsAdded: 1, skipped: [] });
      expect((await listAll(target)).articles).toEqual(atBackup.articles);
      await target.close();
    }
  });

  it('writes a manifest that earlier versions read: one JSON document listing every file with its size and sum', async () => {
    const zip = unzipSync(await readFile(backup.path));
    const text = new TextDecoder().decode(zip['manifest.json']);
    const manifest = JSON.parse(text) as { files: { path: string; bytes: number; sha256: string }[] };
    expect(Object.keys(manifest)).toEqual(['format', 'version', 'appVersion', 'createdAt', 'articleCount', 'files']);
    for (const file of manifest.files) {
      const bytes = zip[file.path];
      expect(bytes, file.path).toBeDefined();
      expect(file.bytes).toBe(bytes!.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes!).digest('hex'));
    }
    // One file to a line, so that a reader (or Annals) can take it a line at a time.
    expect(text.trimEnd().split('\n').length).toBe(manifest.files.length + 2);
  });
});

describe('restoring into a library in use', () => {
  it('merges without duplicates: tags united, the most advanced state, both sides’ highlights, nothing lost', async () => {
    const targetDir = join(work.dir, 'in-use');
    const target = await openTestCore(targetDir);
    // The same seed article saved here on its own (another id), a different tag and highlight, and
    // an article only this library has.
    const mine = (
      await call<{ article: ArticleSummary }>(target, 'article.saveUrl', { url: `${server.origin}/seed-article.html` })
    ).article;
    const own = (
      await call<{ article: ArticleSummary }>(target, 'article.saveUrl', {
        url: `${server.origin}/publisher-offset.html`,
      })
    ).article;
    // An id made from the address: the same page saved in two libraries is one article.
    expect(mine.id).toBe(ids.seed.id);
    await call(target, 'article.tag', { ids: [mine.id], add: ['diplomacy', 'Ukraine'] });
    await call(target, 'article.update', { ids: [mine.id], patch: { state: 'archived' } });
    await call(target, 'tags.setColor', { name: 'ukraine', color: 'green' });
    await call(target, 'tags.setColor', { name: 'diplomacy', color: 'purple' });
    const myHighlight = await call<Annotation>(target, 'annotations.create', {
      kind: 'highlight',
      articleId: mine.id,
      quote: 'Recep Tayyib Erdogan',
      note: 'mine',
    });
    await call(target, 'annotations.create', { kind: 'note', articleId: mine.id, note: 'My own note.' });
    await call(target, 'feeds.importOpml', {
      xml: '<opml><body><outline text="Span" xmlUrl="https://spanandbeam.example/atom.xml"/><outline text="Mine" xmlUrl="https://mine.example/rss"/></body></opml>',
    });
    await call(target, 'settings.set', { reader: { theme: 'dark' }, savedSearches: ['is:unread'] });

    const result = await call<Restore>(target, 'library.restore', {
      data: (await readFile(backup.path)).toString('base64'),
    });
    expect(result).toEqual({ intoEmpty: false, restored: 2, merged: 1, feedsAdded: 0, skipped: [] });

    const articles = (await listAll(target)).articles;
    expect(articles).toHaveLength(4);
    expect(new Set(articles.map((article) => article.url)).size).toBe(4);
    expect(articles.map((article) => article.id)).toContain(own.id);
    const merged = articles.find((article) => article.id === mine.id)!;
    expect(merged.tags).toEqual(['diplomacy', 'Ukraine', 'to read later']);
    expect(merged).toMatchObject({ state: 'archived', favorite: true });
    const notes = (await call<{ annotations: Annotation[] }>(target, 'annotations.list', { articleId: mine.id }))
      .annotations;
    expect(notes.map((note) => note.note).sort()).toEqual([
      'My own note.\n\nFollow the Istanbul talks.',
      'Who said **no**',
      'mine',
    ]);
    expect(notes.find((note) => note.id === myHighlight.id)?.anchor?.exact).toBe('Recep Tayyib Erdogan');
    expect(notes.every((note) => note.articleId === mine.id && !note.orphaned)).toBe(true);
    expect(merged.annotationCount).toBe(3);

    const tags = (await call<{ tags: { name: string; color: string | null }[] }>(target, 'tags.list', {})).tags;
    expect(tags.find((tag) => tag.name.toLowerCase() === 'ukraine')?.color).toBe('green');
    expect(tags.find((tag) => tag.name === 'diplomacy')?.color).toBe('purple');
    const feeds = (await call<Feeds>(target, 'feeds.list', {})).feeds;
    expect(feeds.map((feed) => feed.url).sort()).toEqual([
      'https://mine.example/rss',
      'https://spanandbeam.example/atom.xml',
    ]);
    // The reader's settings stay; the backup's saved searches are added.
    expect(target.stored()).toMatchObject({ reader: { theme: 'dark' }, savedSearches: ['is:unread', 'tag:ukraine'] });

    // Restoring the same backup again changes nothing more.
    const again = await call<Restore>(target, 'library.restore', { path: backup.path });
    expect(again).toMatchObject({ restored: 0, merged: 3 });
    expect((await listAll(target)).articles).toHaveLength(4);
    expect(
      (await call<{ annotations: Annotation[] }>(target, 'annotations.list', { articleId: mine.id })).annotations,
    ).toHaveLength(3);
    await target.close();
  });

  it('re-anchors the backup’s highlights when the library keeps a different text of the article', async () => {
    const targetDir = join(work.dir, 'edited');
    const target = await openTestCore(targetDir);
    // Saved later here, from the same address, when the publisher had edited the page (newer content).
    const edited = await readFile(new URL('../../fixtures/pages/seed-article-edited.html', import.meta.url), 'utf8');
    const mine = (
      await call<{ article: ArticleSummary }>(target, 'article.saveHtml', {
        html: edited,
        url: `${server.origin}/seed-article.html`,
      })
    ).article;
    expect(mine.id).toBe(ids.seed.id);
    const mineText = (await call<{ text: string }>(target, 'article.content', { id: mine.id })).text;
    await call(target, 'article.tag', { ids: [mine.id], add: ['edited'] });
    const result = await call<Restore>(target, 'library.restore', { path: backup.path });
    expect(result).toMatchObject({ restored: 2, merged: 1 });
    const notes = (await call<{ annotations: Annotation[] }>(target, 'annotations.list', { articleId: mine.id }))
      .annotations;
    const text = (await call<{ text: string }>(target, 'article.content', { id: mine.id })).text;
    // The library's newer text is still the one shown; the backup's is kept as an earlier version.
    expect(text).toBe(mineText);
    const { versions } = await call<{ versions: { versionId: string; current: boolean }[] }>(
      target,
      'article.versions',
      { id: mine.id },
    );
    expect(versions).toHaveLength(2);
    expect(versions.filter((version) => version.current)).toHaveLength(1);
    const highlight = notes.find((note) => note.kind === 'highlight');
    expect(highlight).toBeDefined();
    expect(text.slice(highlight!.anchor!.start, highlight!.anchor!.end)).toBe('Kremlin spokesperson Dmitry Peskov');
    await target.close();
  });
});

function zipSettings(zip: Record<string, Uint8Array>) {
  return JSON.parse(new TextDecoder().decode(zip['settings.json']));
}
