import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { fetchFeed } from '../../../electron/core/feeds/fetch-feed.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');

/** A small news site: a home page announcing its feed, the feed (with ETag), and article pages. */
class FeedSite {
  server!: Server;
  origin = '';
  version = 1;
  feedRequests: IncomingMessage[] = [];
  /** Article pages that answer 503 once (a site having a bad minute). */
  unavailableOnce = new Set<string>();

  feed(): string {
    const item = (n: number, title: string) =>
      `<item><title>${title}</title><link>${this.origin}/articles/a${n}.html</link><guid>item-${n}</guid><pubDate>Tue, 20 May 2025 10:0${n}:00 +0000</pubDate></item>`;
    const items = [item(1, 'Talks'), item(2, 'Wildfire bond'), ...(this.version >= 2 ? [item(3, 'Rail strike')] : [])];
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture News</title><link>${this.origin}/</link>${items.join('')}</channel></rss>`;
  }

  async start(): Promise<void> {
    const articles: Record<string, string> = {
      '/articles/a1.html': page('seed-article.html'),
      '/articles/a2.html': page('publisher-offset.html'),
      '/articles/a3.html': page('boilerplate-news.html'),
    };
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      if (path === '/') {
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.end(
          '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="All" href="/feed.xml"><link rel="icon" href="/icon.png"></head><body>Home</body></html>',
        );
      } else if (path === '/feed.xml') {
        this.feedRequests.push(request);
        const etag = `"v${this.version}"`;
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304).end();
          return;
        }
        response.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag });
        response.end(this.feed());
      } else if (path === '/icon.png') {
        response.writeHead(200, { 'Content-Type': 'image/png' });
        response.end(readFileSync(new URL('../../fixtures/pages/images/istanbul-talks.png', import.meta.url)));
      } else if (path === '/bomb.xml') {
        const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.end(
          `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${entities}]><rss version="2.0"><channel><title>&l10;</title></channel></rss>`,
        );
      } else if (path === '/endless.xml') {
        // A feed that never ends: the download must stop at its cap, not fill the disk or the memory.
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.write('<rss version="2.0"><channel><title>Endless</title>');
        const chunk = `<item><title>${'x'.repeat(60_000)}</title></item>`;
        const pump = () => {
          while (!response.destroyed && response.write(chunk)) {}
          if (!response.destroyed) response.once('drain', pump);
        };
        pump();
      } else if (path === '/broken.xml') {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.end('<rss version="2.0"><channel>\n<title>Broken</title>\n<item><title>x</channel></rss>');
      } else if (this.unavailableOnce.delete(path)) {
        response.writeHead(503).end();
      } else if (articles[path]) {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(articles[path]);
      } else {
        response.writeHead(404).end('Not found');
      }
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

let site: FeedSite;
let core: Core;
let cleanup: () => Promise<void>;
/** Closes the core (waiting out what it writes in the background, such as the stories it groups) before cleanup. */
let closeCore: () => Promise<void>;

async function open(allowPrivateNetwork: boolean) {
  const temp = await tempDir();
  core = await openCore({
    libraryDir: temp.dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '0.0.0',
    assetsDir: new URL('../../../assets/', import.meta.url).pathname,
    allowPrivateNetwork,
  });
  let closed: Promise<void> | null = null;
  closeCore = () => {
    closed ??= core.close();
    return closed;
  };
  cleanup = async () => {
    await closeCore();
    await temp.cleanup();
  };
}

async function call<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

beforeEach(async () => {
  site = new FeedSite();
  await site.start();
});
afterEach(async () => {
  await cleanup();
  await site.stop();
});

describe('following feeds', () => {
  it('subscribes from a page of the site, stores every item’s full article, and never duplicates', async () => {
    await open(true);
    const added = await call<{ feed: { id: string; title: string }; newItems: number }>('feeds.add', {
      url: `${site.origin}/`,
    });
    expect(added.feed.title).toBe('Fixture News');
    expect(added.newItems).toBe(2);
    const { articles } = await call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    expect(articles.map((article) => article.feedId)).toEqual([added.feed.id, added.feed.id]);
    expect(articles.map((article) => article.siteName).sort()).toEqual(['Pacific Slope Tribune', 'World Desk Daily']);
    const { text } = await call<{ text: string }>('article.content', {
      id: articles.find((a) => a.siteName === 'World Desk Daily')!.id,
    });
    expect(text).toContain('ready for serious work'); // the whole article, not the feed's summary
    const [listed] = (await call<{ feeds: { unread: number; icon: string | null }[] }>('feeds.list', {})).feeds;
    expect(listed!.unread).toBe(2);
    // The site's icon is kept in the library, so the sidebar shows it offline.
    expect(listed!.icon).toMatch(new RegExp(`^${added.feed.id}-[0-9a-f]{12}\\.png$`));
    const iconFile = core.feedIconPath(listed!.icon!);
    expect(readFileSync(iconFile!)).toEqual(
      readFileSync(new URL('../../fixtures/pages/images/istanbul-talks.png', import.meta.url)),
    );

    // Unchanged: one conditional request, answered 304, adds nothing.
    const before = site.feedRequests.length;
    const again = await call<{ results: { ok: boolean; newItems: number }[] }>('feeds.refresh', {});
    expect(again.results).toEqual([expect.objectContaining({ ok: true, newItems: 0 })]);
    expect(site.feedRequests.length).toBe(before + 1);
    expect(site.feedRequests.at(-1)!.headers['if-none-match']).toBe('"v1"');

    // Changed: only the new item comes in.
    site.version = 2;
    const changed = await call<{ results: { newItems: number }[] }>('feeds.refresh', { id: added.feed.id });
    expect(changed.results[0]!.newItems).toBe(1);
    expect((await call<{ total: number }>('library.list', { view: 'all' })).total).toBe(3);

    // A search narrows to the feed by its id or words of its name.
    type Hits = { results: { id: string }[] };
    expect((await call<Hits>('search.query', { query: `feed:${added.feed.id}` })).results).toHaveLength(3);
    expect((await call<Hits>('search.query', { query: 'feed:fixture' })).results).toHaveLength(3);
    expect((await call<Hits>('search.query', { query: 'feed:elsewhere' })).results).toEqual([]);

    // Unfollowing keeps the articles.
    await call('feeds.remove', { id: added.feed.id });
    expect((await call<{ feeds: unknown[] }>('feeds.list', {})).feeds).toEqual([]);
    expect((await call<{ total: number }>('library.list', { view: 'all' })).total).toBe(3);
  });

  it('reports each failing feed with its reason while the others go on', async () => {
    await open(true);
    const opml = `<opml version="2.0"><body><outline text="Good" xmlUrl="${site.origin}/feed.xml"/><outline text="Broken" xmlUrl="${site.origin}/broken.xml"/><outline text="Gone" xmlUrl="${site.origin}/gone.xml"/></body></opml>`;
    expect(await call('feeds.importOpml', { xml: opml })).toEqual({ added: 3, skipped: 0 });
    const { results } = await call<{ results: { title: string; ok: boolean; newItems: number; error?: string }[] }>(
      'feeds.refresh',
      {},
    );
    const byTitle = Object.fromEntries(results.map((result) => [result.title, result]));
    expect(byTitle.Good).toMatchObject({ ok: true, newItems: 2 });
    expect(byTitle.Broken).toMatchObject({ ok: false });
    expect(byTitle.Broken!.error).toMatch(/malformed XML at line 3/);
    expect(byTitle.Gone!.error).toMatch(/The server answered 404/);
    const { feeds } = await call<{ feeds: { title: string; lastError: string | null }[] }>('feeds.list', {});
    expect(feeds.find((feed) => feed.title === 'Gone')!.lastError).toMatch(/404/);
    const exported = await call<{ opml: string }>('feeds.exportOpml', {});
    expect(exported.opml).toContain(`xmlUrl="${site.origin}/broken.xml"`);
  });

  it('refuses an entity bomb and an endless feed with a clear message, leaving no trace, while a good feed goes on', async () => {
    await open(true);
    const opml = `<opml version="2.0"><body><outline text="Good" xmlUrl="${site.origin}/feed.xml"/><outline text="Bomb" xmlUrl="${site.origin}/bomb.xml"/><outline text="Endless" xmlUrl="${site.origin}/endless.xml"/></body></opml>`;
    await call('feeds.importOpml', { xml: opml });
    const { results } = await call<{ results: { title: string; ok: boolean; error?: string }[] }>('feeds.refresh', {});
    const byTitle = Object.fromEntries(results.map((result) => [result.title, result]));
    expect(byTitle.Good).toMatchObject({ ok: true });
    expect(byTitle.Bomb!.error).toMatch(/declares its own entities/);
    expect(byTitle.Endless!.error).toBe('That feed is larger than 10 MB');
    expect((await call<{ total: number }>('library.list', { view: 'all' })).total).toBe(2);
    // Grouping the good feed's articles into stories goes on in the background: its files are written once it is done.
    await closeCore();
    const leftovers = (await readdir(core.library.paths.root, { recursive: true })).filter((name) =>
      name.endsWith('.tmp'),
    );
    expect(leftovers).toEqual([]);
  });

  it('takes in an item whose article could not be had at the next refresh, instead of losing it', async () => {
    await open(true);
    site.unavailableOnce.add('/articles/a1.html');
    const added = await call<{ feed: { id: string }; newItems: number }>('feeds.add', {
      url: `${site.origin}/feed.xml`,
    });
    expect(added.newItems).toBe(1);
    const again = await call<{ results: { newItems: number }[] }>('feeds.refresh', { id: added.feed.id });
    expect(again.results[0]!.newItems).toBe(1);
    const { articles } = await call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    expect(articles.map((article) => article.siteName).sort()).toEqual(['Pacific Slope Tribune', 'World Desk Daily']);
    // Both in now: the feed's validators are kept again, and an unchanged feed costs one short request.
    const before = site.feedRequests.length;
    expect((await call<{ results: { newItems: number }[] }>('feeds.refresh', {})).results[0]!.newItems).toBe(0);
    expect(site.feedRequests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(site.feedRequests.length).toBe(before + 1);
  });

  it('never stores an item twice when two feeds carry it and are refreshed at once', async () => {
    await open(true);
    const opml = `<opml version="2.0"><body><outline text="Morning" xmlUrl="${site.origin}/feed.xml?edition=morning"/><outline text="Evening" xmlUrl="${site.origin}/feed.xml?edition=evening"/></body></opml>`;
    await call('feeds.importOpml', { xml: opml });
    const { results } = await call<{ results: { newItems: number }[] }>('feeds.refresh', {});
    expect((await call<{ total: number }>('library.list', { view: 'all' })).total).toBe(2);
    expect(results.reduce((sum, result) => sum + result.newItems, 0)).toBe(2);
  });

  it('fetches a feed once when it is asked to refresh twice at the same time (the schedule and the reader)', async () => {
    await open(true);
    await call('feeds.importOpml', {
      xml: `<opml version="2.0"><body><outline text="Only" xmlUrl="${site.origin}/feed.xml"/></body></opml>`,
    });
    const before = site.feedRequests.length;
    const [first, second] = await Promise.all([call('feeds.refresh', {}), core.feeds.refresh()]);
    expect(site.feedRequests.length).toBe(before + 1);
    expect(first).toEqual({ results: second });
  });

  it('refreshes only the feeds of one folder, folders inside it included', async () => {
    await open(true);
    const opml = `<opml version="2.0"><body><outline text="News"><outline text="Good" xmlUrl="${site.origin}/feed.xml"/><outline text="Local"><outline text="Gone" xmlUrl="${site.origin}/gone.xml"/></outline></outline><outline text="Broken" xmlUrl="${site.origin}/broken.xml"/></body></opml>`;
    await call('feeds.importOpml', { xml: opml });
    const local = await call<{ results: { title: string }[] }>('feeds.refresh', { folderPath: ['News', 'Local'] });
    expect(local.results.map((result) => result.title)).toEqual(['Gone']);
    const news = await call<{ results: { title: string }[] }>('feeds.refresh', { folderPath: ['News'] });
    expect(news.results.map((result) => result.title).sort()).toEqual(['Gone', 'Good']);
    const { feeds } = await call<{ feeds: { title: string; lastFetchedAt: string | null }[] }>('feeds.list', {});
    expect(feeds.find((feed) => feed.title === 'Broken')!.lastFetchedAt).toBeNull(); // never asked
    const nowhere = await core.dispatch('feeds.refresh', { folderPath: ['Sport'] });
    expect(nowhere).toMatchObject({ ok: false, error: { message: 'No feeds in the folder “Sport”.' } });
  });

  it('refuses a feed whose host name turns into a loopback address when connecting (DNS rebinding)', async () => {
    await open(false);
    const port = new URL(site.origin).port;
    let lookups = 0;
    const rebinding = async () => [{ address: lookups++ === 0 ? '93.184.215.14' : '127.0.0.1', family: 4 }];
    const before = site.feedRequests.length;
    await expect(
      fetchFeed(`http://rebind.example:${port}/feed.xml`, { blockPrivateNetwork: true, lookup: rebinding }),
    ).rejects.toThrow('That address points to a private or local network address (127.0.0.1), which is not allowed');
    expect(site.feedRequests.length).toBe(before);
  });

  it('keeps feed fetches off the local network unless the reader allows it for that feed', async () => {
    await open(false);
    const asked = await call<{ feed: unknown; localNetwork: unknown }>('feeds.add', { url: `${site.origin}/feed.xml` });
    expect(asked).toMatchObject({ feed: null, localNetwork: { address: '127.0.0.1' } });
    expect(site.feedRequests).toEqual([]);
    const allowed = await call<{ newItems: number }>('feeds.add', {
      url: `${site.origin}/feed.xml`,
      allowPrivateNetwork: true,
    });
    expect(allowed.newItems).toBe(2);
  });
});

describe('feeds over time', () => {
  it('renames and moves a feed, knows when it is due, and retires only unread items nobody kept', async () => {
    await open(true);
    const { feed } = await call<{ feed: { id: string } }>('feeds.add', { url: `${site.origin}/feed.xml` });
    const updated = await call<{ feed: { title: string; folderPath: string[]; refreshMinutes: number } }>(
      'feeds.update',
      {
        id: feed.id,
        title: 'Fixtures',
        folderPath: ['Local'],
        refreshMinutes: 15,
      },
    );
    expect(updated.feed).toMatchObject({ title: 'Fixtures', folderPath: ['Local'], refreshMinutes: 15 });
    expect(core.feeds.due(new Date())).toEqual([]);
    expect(core.feeds.due(new Date(Date.now() + 16 * 60_000))).toEqual([feed.id]);

    const { articles } = await call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    const [kept, old] = articles;
    await call('article.tag', { ids: [kept!.id], add: ['keep'] });
    // Thirty-one days on, the untouched unread item goes to the trash; the tagged one stays.
    const later = await openLater(31);
    expect(await later.feeds.applyRetention()).toEqual([old!.id]);
    expect(later.library.list('all', 'saved').map((article) => article.id)).toEqual([kept!.id]);
    await later.close();
  });
});

describe('the schedule', () => {
  // Every change makes the window read the whole library again: a minute's check that found nothing to do
  // must not tell it one happened (with 10,000 articles that read cost a scrolling list its frames, issue 12).
  it('tells of a change only when a check fetched a feed or retired an item', async () => {
    await open(true);
    expect(await core.feeds.refreshDue()).toBe(false); // no feeds yet
    const { feed } = await call<{ feed: { id: string } }>('feeds.add', { url: `${site.origin}/feed.xml` });
    const requests = site.feedRequests.length;
    expect(await core.feeds.refreshDue()).toBe(false); // fetched just now: not due
    expect(site.feedRequests).toHaveLength(requests);

    const later = await openLater(1);
    expect(later.feeds.due(new Date(Date.now() + 86_400_000))).toEqual([feed.id]);
    expect(await later.feeds.refreshDue()).toBe(true);
  });
});

/** The same library opened as if `days` had passed (the first core is closed to release the lock). */
async function openLater(days: number): Promise<Core> {
  const dir = core.library.paths.root;
  await core.close();
  const reopened = await openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '0.0.0',
    assetsDir: new URL('../../../assets/', import.meta.url).pathname,
    now: () => new Date(Date.now() + days * 86_400_000),
  });
  core = reopened;
  return reopened;
}
