import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const opml = fileURLToPath(new URL('../../fixtures/feeds/subscriptions.opml', import.meta.url));
const seedPage = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));

let library: string;
let cleanup: () => Promise<void>;
let server: Server;
let origin: string;

beforeEach(async () => {
  const temp = await tempDir();
  library = temp.dir;
  const seed = await readFile(seedPage, 'utf8');
  server = createServer((request, response) => {
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.end(
        `<rss version="2.0"><channel><title>Local News</title><link>${origin}/</link><item><title>Talks</title><link>${origin}/talks.html</link><guid>t1</guid></item></channel></rss>`,
      );
    } else if (request.url === '/talks.html') {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(seed);
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await temp.cleanup();
  };
});
afterEach(() => cleanup());

const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library });

describe('feeds from the command line', () => {
  it('follows a local feed only when allowed, lists feeds with their items, imports and exports OPML', async () => {
    const refused = await annals('feed', 'add', `${origin}/feed.xml`);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);

    const added = JSON.parse(
      (await annals('feed', 'add', `${origin}/feed.xml`, '--allow-private-network', '--json')).stdout,
    );
    expect(added).toMatchObject({ title: 'Local News', newItems: 1, allowPrivateNetwork: true });
    const items = JSON.parse((await annals('list', '--json')).stdout);
    expect(items).toEqual([expect.objectContaining({ feedId: added.id, siteName: 'World Desk Daily' })]);
    expect((await annals('list')).stdout).toContain(`World Desk Daily  (feed ${added.id})`);

    expect(JSON.parse((await annals('feed', 'import', opml, '--json')).stdout)).toEqual({ added: 3, skipped: 0 });
    const feeds = JSON.parse((await annals('feed', 'list', '--json')).stdout);
    expect(feeds).toHaveLength(4);
    expect(feeds.find((feed: { title: string }) => feed.title === 'Kellbridge Crier').folderPath).toEqual([
      'News',
      'Local',
    ]);

    const out = join(library, 'export.opml');
    expect((await annals('feed', 'export', '--format', 'opml', '--out', out)).code).toBe(0);
    const written = await readFile(out, 'utf8');
    expect(written).toContain('xmlUrl="https://crier.example/rss"');
    expect(written).toContain(`xmlUrl="${origin}/feed.xml"`);

    const removed = await annals('feed', 'remove', added.id, '--json');
    expect(removed.code).toBe(0);
    expect(JSON.parse((await annals('list', '--json')).stdout)).toHaveLength(1);
  }, 60_000);

  it('refreshes the feeds of one folder named as the sidebar shows it', async () => {
    // Two folders on this machine's fixture server; the local one's feed is gone from it.
    const subscriptions = join(library, 'subscriptions.opml');
    await writeFile(
      subscriptions,
      `<opml version="2.0"><body><outline text="News"><outline text="World" xmlUrl="${origin}/feed.xml"/><outline text="Local"><outline text="Kellbridge Crier" xmlUrl="${origin}/gone.xml"/></outline></outline></body></opml>`,
    );
    expect((await annalsIn(['feed', 'import', subscriptions], { ANNALS_LIBRARY: library })).code).toBe(0);
    const local = await annalsIn(['feed', 'refresh', '--folder', 'News / Local', '--json'], {
      ANNALS_LIBRARY: library,
      ANNALS_ALLOW_PRIVATE_NETWORK: '1',
    });
    // It fails, says why, and the exit code says so too.
    expect(JSON.parse(local.stdout)).toEqual([expect.objectContaining({ title: 'Kellbridge Crier', ok: false })]);
    expect(local.code).toBe(1);
    const both = await annals('feed', 'refresh', 'abcdefgh', '--folder', 'News');
    expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining('a feed id or --folder, not both') });
  });
});
