import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Settings } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { testDevice } from '../helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
const pagesDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** tests/fixtures/pages over HTTP on 127.0.0.1, so articles are saved as from the web, images and all. */
export async function startPageServer(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    try {
      if (path.includes('..')) throw new Error('no');
      const body = await readFile(join(pagesDir, path));
      const type = { '.html': 'text/html; charset=utf-8', '.png': 'image/png' }[extname(path)];
      response.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A core on a library folder, with settings kept in memory as a shell's store would keep them. */
export async function openTestCore(libraryDir: string, backupDir?: string): Promise<Core & { stored: () => Settings }> {
  let stored: unknown = {};
  const core = await openCore({
    libraryDir,
    device: testDevice,
    settings: { read: () => stored, write: (settings) => (stored = settings) },
    shell: 'test',
    version: '1.2.3',
    assetsDir,
    allowPrivateNetwork: true,
    validateOutput: true,
    ...(backupDir ? { backupDir } : {}),
  });
  return Object.assign(core, { stored: () => stored as Settings });
}

export async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The error message a call answers with (the test fails if it succeeds). */
export async function failure(core: Core, method: string, input: unknown): Promise<string> {
  const envelope = await core.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} succeeded`);
  return envelope.error.message;
}

/** Every file under `dir`, by path relative to it with forward slashes. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

type Saved = { article: { id: string; title: string } };

/** The files of a genuine backup of one saved article with a highlight (all but its manifest), to tamper with. */
export async function oneArticleBackup(dir: string): Promise<{ files: Record<string, Uint8Array>; articleId: string }> {
  const source = await openTestCore(join(dir, 'source'));
  const saved = await call<Saved>(source, 'article.saveHtml', {
    html: await readFile(join(pagesDir, 'seed-article.html'), 'utf8'),
    url: 'https://worlddesk.example/2025/05/15/istanbul-talks',
  });
  const articleId = saved.article.id;
  await call(source, 'annotations.create', { kind: 'highlight', articleId, quote: 'Dmitry Peskov', note: 'who' });
  const { path } = await call<{ path: string }>(source, 'library.backup', { path: join(dir, 'genuine.zip') });
  await source.close();
  const files = unzipSync(await readFile(path));
  delete files['manifest.json'];
  return { files, articleId };
}

/**
 * A library a reader has used for a while: three articles saved from fixture pages (one with an image),
 * tags with a colour, a favorite, an archived one, highlights with notes, an article note, followed
 * feeds and their own settings.
 */
export async function buildReaderLibrary(core: Core, origin: string) {
  const seed = (await call<Saved>(core, 'article.saveUrl', { url: `${origin}/seed-article.html` })).article;
  const longRead = (await call<Saved>(core, 'article.saveUrl', { url: `${origin}/long-read.html` })).article;
  const german = (await call<Saved>(core, 'article.saveUrl', { url: `${origin}/german-article.html` })).article;
  await call(core, 'article.tag', { ids: [seed.id, longRead.id], add: ['ukraine', 'to read later'] });
  await call(core, 'article.tag', { ids: [german.id], add: ['deutsch'] });
  await call(core, 'tags.setColor', { name: 'ukraine', color: 'blue' });
  await call(core, 'article.update', { ids: [seed.id], patch: { favorite: true, state: 'read' } });
  await call(core, 'article.update', { ids: [german.id], patch: { state: 'archived' } });
  await call(core, 'article.setProgress', { id: longRead.id, progress: 0.4 });
  await call(core, 'annotations.create', {
    kind: 'highlight',
    articleId: seed.id,
    quote: 'Kremlin spokesperson Dmitry Peskov',
    note: 'Who said **no**',
    color: 'pink',
    tags: ['quotes'],
  });
  await call(core, 'annotations.create', { kind: 'note', articleId: seed.id, note: 'Follow the Istanbul talks.' });
  await call(core, 'feeds.importOpml', {
    xml: await readFile(join(pagesDir, 'feeds.opml'), 'utf8'),
  });
  await call(core, 'settings.set', { reader: { theme: 'sepia', fontSize: 21 }, savedSearches: ['tag:ukraine'] });
  return { seed, longRead, german };
}
