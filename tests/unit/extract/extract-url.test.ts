import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFromUrl, fetchImage } from '../../../electron/core/extract/index.ts';
import { fixtureBytes, type LocalServer, rejection, startServer } from './support.ts';

// Only these fixture files are served; the server never maps a request path onto the disk.
const FILES: Record<string, [string, string]> = {
  '/seed-article.html': ['seed-article.html', 'text/html; charset=utf-8'],
  '/images/istanbul-talks.png': ['images/istanbul-talks.png', 'image/png'],
  '/cp1252-header.html': ['cp1252-header.html', 'text/html; charset=windows-1252'],
  '/login': ['landing-page.html', 'text/html; charset=utf-8'],
};

let server: LocalServer;
beforeAll(async () => {
  server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/latest') {
      res.writeHead(301, { location: '/seed-article.html' });
      return res.end();
    }
    const file = FILES[req.url ?? ''];
    if (!file) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': file[1] });
    res.end(fixtureBytes(file[0]));
  });
});
afterAll(async () => {
  await server.close();
});

describe('extractFromUrl', () => {
  it('fetches, follows the redirect and resolves the lead image against the final address', async () => {
    const article = await extractFromUrl(`${server.origin}/latest`);
    expect(article.url).toBe(`${server.origin}/seed-article.html`);
    expect(article.title).toBe('Kremlin Confirms Putin’s Ignore Russia-Ukraine Peace Talk Scheduled To Hold In Turkey');
    expect(article.leadImage).toBe(`${server.origin}/images/istanbul-talks.png`);
    expect(article.images).toEqual([{ url: `${server.origin}/images/istanbul-talks.png` }]);
  });

  it('yields image URLs that fetchImage can store', async () => {
    const article = await extractFromUrl(`${server.origin}/seed-article.html`);
    const image = await fetchImage(article.images[0]!.url);
    expect(image.type).toBe('image/png');
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('decodes a windows-1252 page declared only in the HTTP header', async () => {
    const article = await extractFromUrl(`${server.origin}/cp1252-header.html`);
    expect(article.title).toBe('“Naïve” planners blamed for flooded résumé centre');
    expect(article.text).toContain('“naïve but not negligent”');
  });

  it('passes on fetch and extraction errors unchanged', async () => {
    expect((await rejection(extractFromUrl(`${server.origin}/gone`))).message).toBe(
      'The server answered 404 (Not Found)',
    );
    expect((await rejection(extractFromUrl(`${server.origin}/login`))).code).toBe('NOT_AN_ARTICLE');
    expect(
      (await rejection(extractFromUrl(`${server.origin}/seed-article.html`, { blockPrivateNetwork: true }))).code,
    ).toBe('BAD_INPUT');
  });
});
