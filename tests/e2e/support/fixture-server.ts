import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const pagesDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.xml': 'application/rss+xml',
  '.opml': 'text/x-opml',
};

/** A stand-in for the web: serves tests/fixtures/pages on 127.0.0.1 and can be switched off. */
export class FixtureServer {
  private server: Server | null = null;
  /** Addresses that serve another fixture file: a publisher's page edited after it was saved. */
  private readonly served = new Map<string, string>();
  origin = '';

  /** From now on, `path` answers with the fixture file `file`. */
  serveAs(path: string, file: string): void {
    this.served.set(path, file);
  }

  async start(port = 0): Promise<void> {
    this.server = createServer(async (request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
        /^[/\\]+/,
        '',
      );
      if (path.split(/[/\\]/).includes('..')) {
        response.writeHead(400).end();
        return;
      }
      try {
        const body = await readFile(join(pagesDir, this.served.get(path) ?? path));
        response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  url(path: string): string {
    return `${this.origin}/${path}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
