// Who gave an address decides whether Annals may reach this computer or the local network for it:
// the reader typing it, yes; anything else (a dropped link, a script, a saved page's images, a feed's
// items), no, unless the reader turned on Settings › Network. The fixture server on 127.0.0.1 stands
// for a server on the reader's own network and counts what it was asked.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url));

/** A server on the local network: a story with an image, and a feed whose items live on two hosts. */
class LocalSite {
  private server!: Server;
  origin = '';
  /** The same server under another host name ("localhost"): another machine, as far as names go. */
  otherHostOrigin = '';
  requests: string[] = [];

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      this.requests.push(`${request.headers.host?.split(':')[0]}${path}`);
      if (path === '/story.html') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(fixture('seed-article.html'));
      } else if (path === '/images/istanbul-talks.png') {
        response.writeHead(200, { 'Content-Type': 'image/png' }).end(fixture('images/istanbul-talks.png'));
      } else if (path === '/feed.xml') {
        const item = (origin: string, n: number) =>
          `<item><title>Item ${n}</title><link>${origin}/story.html?item=${n}</link><guid>item-${n}</guid><description>Summary ${n}</description></item>`;
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Home server</title><link>${this.origin}/</link>${item(this.origin, 1)}${item(this.otherHostOrigin, 2)}</channel></rss>`,
        );
      } else response.writeHead(404).end('Not found');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    this.otherHostOrigin = `http://localhost:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

let site: LocalSite;
let core: Core;
let stored: unknown;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  site = new LocalSite();
  await site.start();
  const temp = await tempDir();
  stored = {};
  core = await openCore({
    libraryDir: temp.dir,
    device: testDevice,
    settings: { read: () => stored, write: (settings) => (stored = settings) },
    shell: 'test',
    version: '0.0.0',
    assetsDir: fileURLToPath(new URL('../../../assets/', import.meta.url)),
    validateOutput: true,
  });
  cleanup = async () => {
    await core.close();
    await temp.cleanup();
    await site.stop();
  };
});
afterEach(() => cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function failure(method: string, input: unknown): Promise<{ code: string; message: string }> {
  const envelope = await core.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} succeeded`);
  return envelope.error;
}

type Saved = { article: ArticleSummary; created: boolean };

describe('addresses the reader typed', () => {
  it('saves a page on this computer, with its images, when the reader typed its address', async () => {
    const { article } = await call<Saved>('article.saveUrl', { url: `${site.origin}/story.html`, givenBy: 'reader' });
    expect(article.title).toMatch(/Kremlin Confirms/);
    expect((await call<{ assets: unknown[] }>('article.get', { id: article.id })).assets).toHaveLength(1);
  });
});

describe('addresses that came any other way', () => {
  it('refuses a local address it was not typed, before asking the server anything', async () => {
    for (const input of [
      { url: `${site.origin}/story.html` },
      { url: `${site.origin}/story.html`, givenBy: 'other' },
    ]) {
      expect(await failure('article.saveUrl', input)).toEqual({
        code: 'BAD_INPUT',
        message: 'That address points to a private or local network address (127.0.0.1), which is not allowed',
      });
    }
    expect(site.requests).toEqual([]);
  });

  it('never reaches the cloud metadata address, 169.254.169.254', async () => {
    expect(await failure('article.saveUrl', { url: 'http://169.254.169.254/latest/meta-data/' })).toEqual({
      code: 'BAD_INPUT',
      message: 'That address points to a private or local network address (169.254.169.254), which is not allowed',
    });
  });

  it('fetches no image from the local network for a page that only claims a local address', async () => {
    const { article } = await call<Saved>('article.saveHtml', {
      html: fixture('seed-article.html').toString('utf8'),
      url: `${site.origin}/story.html`,
    });
    expect((await call<{ assets: unknown[] }>('article.get', { id: article.id })).assets).toEqual([]);
    expect(site.requests).toEqual([]);
  });

  it('fetches nothing from the local network for a page saved from the browser, even with the switch on', async () => {
    await call('settings.set', { allowLocalNetwork: true });
    const saved = await call<{ id: string; title: string }>('article.saveFromBrowser', {
      html: fixture('seed-article.html').toString('utf8'),
      url: `${site.origin}/story.html`,
    });
    expect(saved.title).toMatch(/Kremlin Confirms/);
    expect((await call<{ assets: unknown[] }>('article.get', { id: saved.id })).assets).toEqual([]);
    expect(site.requests).toEqual([]);
  });

  it('lets the reader open the local network to them in Settings › Network', async () => {
    expect((await call<{ allowLocalNetwork: boolean }>('settings.get', {})).allowLocalNetwork).toBe(false);
    await call('settings.set', { allowLocalNetwork: true });
    const { article } = await call<Saved>('article.saveUrl', { url: `${site.origin}/story.html` });
    expect(article.title).toMatch(/Kremlin Confirms/);
  });
});

describe('feeds on the local network', () => {
  it('asks before following a local feed, naming its address, and follows it once the reader agrees', async () => {
    const asked = await call<{ feed: unknown; localNetwork: { url: string; address: string } | null }>('feeds.add', {
      url: `${site.origin}/feed.xml`,
    });
    expect(asked).toMatchObject({ feed: null, localNetwork: { url: `${site.origin}/feed.xml`, address: '127.0.0.1' } });
    expect(site.requests).toEqual([]);
    expect((await call<{ feeds: unknown[] }>('feeds.list', {})).feeds).toEqual([]);

    const followed = await call<{ feed: { allowPrivateNetwork: boolean }; localNetwork: null }>('feeds.add', {
      url: `${site.origin}/feed.xml`,
      allowPrivateNetwork: true,
    });
    expect(followed.feed.allowPrivateNetwork).toBe(true);
    expect(followed.localNetwork).toBeNull();
  });

  it('takes a granted feed’s items from its own server only, never from another local address', async () => {
    await call('feeds.add', { url: `${site.origin}/feed.xml`, allowPrivateNetwork: true });
    expect(site.requests).toContain('127.0.0.1/story.html');
    expect(site.requests.filter((request) => request.startsWith('localhost'))).toEqual([]);
  });

  it('lets the reader grant or take back a feed’s permission later (a restored feed asks again)', async () => {
    await call('settings.set', { allowLocalNetwork: true });
    const { feed } = await call<{ feed: { id: string; allowPrivateNetwork: boolean } }>('feeds.add', {
      url: `${site.origin}/feed.xml`,
    });
    expect(feed.allowPrivateNetwork).toBe(false);
    await call('settings.set', { allowLocalNetwork: false });
    const [refused] = (await call<{ results: { ok: boolean; error?: string }[] }>('feeds.refresh', { id: feed.id }))
      .results;
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('(127.0.0.1)') });

    const granted = await call<{ feed: { allowPrivateNetwork: boolean } }>('feeds.update', {
      id: feed.id,
      allowPrivateNetwork: true,
    });
    expect(granted.feed.allowPrivateNetwork).toBe(true);
    const [refreshed] = (await call<{ results: { ok: boolean }[] }>('feeds.refresh', { id: feed.id })).results;
    expect(refreshed?.ok).toBe(true);
  });
});
