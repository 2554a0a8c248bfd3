import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, openEvents, openTestServer, send, type TestServer } from './support.ts';

/** Shorter than the call below takes, so the call outlives it. */
const READ_LIMIT_MS = 300;

/**
 * Two feeds on loopback. Once told to, the second holds every fetch until the test lets it go:
 * a refresh that takes as long as the test decides.
 */
class SlowFeeds {
  private server!: Server;
  origin = '';
  private holding = false;
  private releaseHeld: () => void = () => {};
  private released = new Promise<void>((resolve) => {
    this.releaseHeld = resolve;
  });
  private noteHeld: () => void = () => {};
  /** Resolves once a refresh is waiting on the slow feed. */
  held = new Promise<void>((resolve) => {
    this.noteHeld = resolve;
  });

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const answer = (title: string) => {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${this.origin}/</link></channel></rss>`,
        );
      };
      if (request.url === '/quick.xml') answer('Quick News');
      else if (request.url === '/slow.xml') {
        if (!this.holding) answer('Slow News');
        else {
          this.noteHeld();
          void this.released.then(() => answer('Slow News'));
        }
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  holdSlowFeed(): void {
    this.holding = true;
  }

  release(): void {
    this.releaseHeld();
  }

  close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let opened: TestServer;
let feeds: SlowFeeds;

beforeEach(async () => {
  opened = await openTestServer({ readTimeoutMs: READ_LIMIT_MS });
  feeds = new SlowFeeds();
  await feeds.start();
});
afterEach(async () => {
  await feeds.close();
  await opened.close();
});

/** A request that sends a part of its body and then nothing: the server gives up on it after the read limit. */
function stalledRequest() {
  const { server } = opened;
  return send(server, '/api/app.info', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-annals-token': server.token, 'content-length': '100' },
    body: '{"partial":',
    keepOpen: true,
  });
}

describe('calls that take longer than a request may take to arrive', () => {
  it('cuts off a request whose body stops arriving, saying so', async () => {
    const reply = await stalledRequest();
    expect(reply.status).toBe(408);
    expect(reply.headers.connection).toBe('close');
    expect(JSON.parse(reply.body).error).toEqual({
      code: 'TIMEOUT',
      message: 'The request did not arrive within 0.3 seconds.',
    });
  });

  it('answers a refresh that outlives the read limit, with its progress streamed meanwhile', async () => {
    const { server } = opened;
    for (const name of ['quick', 'slow']) {
      const added = await call(server, 'feeds.add', { url: `${feeds.origin}/${name}.xml`, allowPrivateNetwork: true });
      expect(added.status).toBe(200);
    }
    const events = await openEvents(server);
    feeds.holdSlowFeed();

    const refresh = call(server, 'feeds.refresh', {});
    // One feed done, the other still fetching: the status area has something to show.
    expect(
      await events.next('progress', (data) => (data as { taskId: string }).taskId === 'feeds-refresh'),
    ).toMatchObject({ label: 'Refreshing feeds', done: 1, total: 2, state: 'running' });
    await feeds.held;
    // A request started after the refresh was under way is cut off by the read limit, so the refresh
    // has been running longer than that limit by now.
    expect((await stalledRequest()).status).toBe(408);
    feeds.release();

    const reply = await refresh;
    expect(reply.status).toBe(200);
    const results = JSON.parse(reply.body).value.results as { title: string; ok: boolean }[];
    expect(results.map(({ title, ok }) => ({ title, ok })).sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: 'Quick News', ok: true },
      { title: 'Slow News', ok: true },
    ]);
    expect(
      await events.next(
        'progress',
        (data) =>
          (data as { taskId: string }).taskId === 'feeds-refresh' && (data as { state: string }).state === 'done',
      ),
    ).toMatchObject({ done: 2, total: 2 });
    events.close();
  });
});
