import { readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ArticleVersion } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { formatOneId, formatOneText, writeFormatOneArticle } from '../helpers/format-one.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const paragraphs = [
  'The Old Mill Bridge reopened on Monday after eight months of repairs, the county said.',
  'Traffic was light in the morning, and cyclists returned to the riverside path by noon.',
];
const page = (extra: string[] = []) =>
  `<!doctype html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>${[
    ...paragraphs,
    ...extra,
  ]
    .map((line) => `<p>${line}</p>`)
    .join('')}</article></body></html>`;

let core: Core;
let dir: string;
let server: Server;
let address = '';
let served = page();
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const temp = await tempDir();
  dir = temp.dir;
  served = page();
  server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(served);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bridge`;
  core = await open();
  cleanup = async () => {
    await core.close();
    await new Promise((resolve) => server.close(resolve));
    await temp.cleanup();
  };
});
afterEach(() => cleanup());

function open(): Promise<Core> {
  return openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '0.0.0',
    assetsDir: new URL('../../../assets/', import.meta.url).pathname,
  });
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

async function saved(): Promise<string> {
  return (await call<{ article: { id: string } }>('article.saveUrl', { url: address, givenBy: 'reader' })).article.id;
}

async function versionFile(id: string, ext: 'html' | 'txt'): Promise<string> {
  const names = await readdir(join(dir, 'articles', id, 'versions'));
  return join(dir, 'articles', id, 'versions', names.find((name) => name.endsWith(`.${ext}`))!);
}

const get = (id: string) => call<Article>('article.get', { id });

describe('an article whose stored text is empty or missing', () => {
  it('is not marked while its text is whole', async () => {
    const id = await saved();
    expect((await get(id)).textMissing).toBeUndefined();
  });

  for (const ext of ['txt', 'html'] as const) {
    it(`is marked when its version’s .${ext} file is empty, and fetching it again repairs it`, async () => {
      const id = await saved();
      await writeFile(await versionFile(id, ext), '');
      expect((await get(id)).textMissing).toBe(true);
      await call('article.saveUrl', { url: address, givenBy: 'reader' });
      expect((await get(id)).textMissing).toBeUndefined();
      expect((await call<{ text: string }>('article.content', { id })).text).toContain('Old Mill Bridge reopened');
    });
  }

  it('is marked when its text is empty, and its earlier version is still there to open', async () => {
    const id = await saved();
    served = page(['Update: the county now says the repairs cost five million pounds.']);
    await call('article.saveUrl', { url: address, givenBy: 'reader' });
    const versions = (await call<{ versions: ArticleVersion[] }>('article.versions', { id })).versions;
    const current = versions.find((version) => version.current)!;
    await writeFile(join(dir, 'articles', id, 'versions', `${current.versionId}.txt`), '');
    expect((await get(id)).textMissing).toBe(true);
    const earlier = versions.find((version) => !version.current)!;
    const { text } = await call<{ text: string }>('article.version', { id, versionId: earlier.versionId });
    expect(text).toContain('Old Mill Bridge reopened');
  });

  for (const [name, damage] of [
    ['content.html is missing', (folder: string) => rm(join(folder, 'content.html'))],
    ['content.html is empty', (folder: string) => writeFile(join(folder, 'content.html'), '')],
    ['text.txt is missing', (folder: string) => rm(join(folder, 'text.txt'))],
    ['text.txt is empty', (folder: string) => writeFile(join(folder, 'text.txt'), '  \n')],
  ] as const) {
    it(`is marked in a library from before when its ${name}`, async () => {
      await core.close();
      await writeFormatOneArticle(dir);
      core = await open();
      expect((await get(formatOneId)).textMissing).toBeUndefined();
      expect((await call<{ text: string }>('article.content', { id: formatOneId })).text).toBe(formatOneText);
      await damage(join(dir, 'articles', formatOneId));
      expect((await get(formatOneId)).textMissing).toBe(true);
    });
  }
});
