import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');

/** A few news pages; /held/* pages answer only when the test lets them; /gone.html answers 404 until revived. */
export class NewsSite {
  server!: Server;
  origin = '';
  gone = true;
  requests: string[] = [];
  private held: (() => void)[] = [];

  async start(): Promise<void> {
    const pages: Record<string, string> = {
      '/talks.html': page('seed-article.html'),
      '/wildfire.html': page('publisher-offset.html'),
      '/rail.html': page('boilerplate-news.html'),
    };
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      this.requests.push(path);
      const send = (body: string) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(body);
      if (pages[path]) send(pages[path]);
      else if (path.startsWith('/held/')) this.held.push(() => send(page('long-read.html')));
      else if (path === '/gone.html' && !this.gone) send(page('boilerplate-news.html'));
      else response.writeHead(404).end('Not found');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Answers every held request so far. */
  release(): number {
    const waiting = this.held;
    this.held = [];
    for (const answer of waiting) answer();
    return waiting.length;
  }

  async waitForHeld(count: number): Promise<void> {
    while (this.held.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  stop(): Promise<void> {
    this.release();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
