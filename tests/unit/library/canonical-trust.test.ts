import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary, ArticleVersion } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const page = (title: string, body: string, canonical: string) =>
  `<!doctype html><html><head><title>${title}</title><link rel="canonical" href="${canonical}"></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('')}</article></body></html>`;

const victimUrl = 'https://victim.example/2025/05/bridge-reopens';
const victimText =
  'The Old Mill Bridge reopened on Monday after eight months of repairs, the county said.\nTraffic was light in the morning, and cyclists returned to the riverside path by noon.\nThe repairs cost the county four million pounds, more than twice the first estimate.';
const hostileText =
  'This page claims to be another article entirely and wants to replace its words.\nNothing in it is true, and none of it should reach the reader’s saved copy.\nIt names a canonical address on a site that is not its own.';

let core: Core;
let server: Server;
let origin = '';
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const temp = await tempDir();
  core = await openCore({
    libraryDir: temp.dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '0.0.0',
    assetsDir: new URL('../../../assets/', import.meta.url).pathname,
    allowPrivateNetwork: true,
  });
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/feed.xml') {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title><link>${origin}/</link><item><title>Hostile</title><link>${origin}/hostile.html</link><guid>h1</guid></item></channel></rss>`,
      );
    } else if (path === '/hostile.html') {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(page('Bridge reopens', hostileText, victimUrl));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup = async () => {
    await core.close();
    await new Promise((resolve) => server.close(resolve));
    await temp.cleanup();
  };
});
afterEach(() => cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

async function saveVictim(): Promise<ArticleSummary> {
  const saved = await call<{ article: ArticleSummary }>('article.saveHtml', {
    html: page('Bridge reopens', victimText, victimUrl),
    url: victimUrl,
  });
  return saved.article;
}

const textOf = async (id: string) => (await call<{ text: string }>('article.content', { id })).text;

describe('a page naming another article as its canonical', () => {
  it('cannot replace that article’s text from another site: it is saved as an article of its own', async () => {
    const victim = await saveVictim();
    const result = await call<{ article: ArticleSummary; created: boolean }>('article.saveHtml', {
      html: page('Bridge reopens', hostileText, victimUrl),
      url: 'https://attacker.example/copy',
    });
    expect(result.created).toBe(true);
    expect(result.article.id).not.toBe(victim.id);
    expect(await textOf(victim.id)).toContain('reopened on Monday');
    expect(await textOf(victim.id)).not.toContain('wants to replace');
  });

  it('cannot replace that article’s text from a file, which is an article of its own that adding again finds', async () => {
    const victim = await saveVictim();
    const file = { html: page('Bridge reopens', hostileText, victimUrl), fileName: 'bridge.html' };
    const first = await call<{ article: ArticleSummary; created: boolean }>('article.saveHtml', file);
    expect(first.created).toBe(true);
    expect(first.article.id).not.toBe(victim.id);
    const again = await call<{ article: ArticleSummary; created: boolean }>('article.saveHtml', file);
    expect(again).toMatchObject({ created: false, article: { id: first.article.id } });
    expect(await textOf(victim.id)).toContain('reopened on Monday');
    const { articles } = await call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    expect(articles).toHaveLength(2);
  });

  it('cannot replace that article’s text through a feed item', async () => {
    const victim = await saveVictim();
    await call('feeds.add', { url: `${origin}/feed.xml` });
    expect(await textOf(victim.id)).toContain('reopened on Monday');
    const { articles } = await call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    expect(articles).toHaveLength(2);
  });

  it('updates it from the same site, keeping the earlier text as a version', async () => {
    const victim = await saveVictim();
    const updated = `${victimText}\nUpdate: the county now says the final cost was five million pounds.`;
    const result = await call<{ article: ArticleSummary; created: boolean }>('article.saveHtml', {
      html: page('Bridge reopens', updated, victimUrl),
      url: 'https://www.victim.example/2025/05/bridge-reopens?ref=home',
    });
    expect(result).toMatchObject({ created: false, article: { id: victim.id } });
    expect(await textOf(victim.id)).toContain('five million pounds');
    const { versions } = await call<{ versions: ArticleVersion[] }>('article.versions', { id: victim.id });
    expect(versions).toHaveLength(2);
    expect(versions.map((version) => version.current)).toEqual([true, false]);
    const earlier = await call<{ text: string }>('article.version', {
      id: victim.id,
      versionId: versions[1]!.versionId,
    });
    expect(earlier.text).not.toContain('five million pounds');
    expect(earlier.text).toContain('reopened on Monday');
  });
});
