import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchIcon, findSiteIcon, iconLinks } from '../../../electron/core/feeds/site-icon.ts';
import { fixtureBytes, type LocalServer, rejection, startServer } from '../extract/support.ts';

const PNG = fixtureBytes('images/istanbul-talks.png');
// A real .ico starts with reserved 0, type 1 (icon), then the image count.
const ICO = Buffer.from([0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 4, 0, 0, 0, 22, 0, 0, 0]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

let server: LocalServer;
const requested: string[] = [];

const routes: Record<string, (res: ServerResponse) => void> = {
  '/with-icons/': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<html><head><link rel="icon" type="image/svg+xml" href="/mark.svg"><link rel="apple-touch-icon" href="/touch.png"><link rel="shortcut icon" href="/huge.png"></head><body></body></html>',
      ),
  '/bare/': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head></head></html>'),
  '/mark.svg': (res) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG),
  '/svg-as-png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(SVG),
  '/huge.png': (res) =>
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.concat([PNG, Buffer.alloc(200_000)])),
  '/touch.png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
  '/page.html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>not an icon</p>'),
  '/favicon.ico': (res) => res.writeHead(200, { 'content-type': 'image/vnd.microsoft.icon' }).end(ICO),
};

beforeAll(async () => {
  server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    requested.push(req.url ?? '');
    const route = routes[req.url ?? ''];
    if (route) route(res);
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

describe('site icons', () => {
  it('reads the icons a page names, favicons before touch icons, and never an SVG', () => {
    const html =
      '<head><link rel="apple-touch-icon" href="/touch.png"><link rel="icon" href="/fav.svg"><link rel="Shortcut Icon" href="favicon.png"><link rel="stylesheet" href="/a.css"></head>';
    expect(iconLinks(html, 'https://news.example/world/')).toEqual([
      'https://news.example/world/favicon.png',
      'https://news.example/touch.png',
    ]);
  });

  it('takes the first icon that is a real raster image of at most 100 KB', async () => {
    requested.length = 0;
    const icon = await findSiteIcon(
      { siteUrl: `${server.origin}/with-icons/`, feedUrl: `${server.origin}/feed.xml`, feedIcons: [] },
      {},
    );
    expect(icon).toMatchObject({ ext: 'png', bytes: new Uint8Array(PNG) });
    // The SVG is never even asked for; the oversize icon is, and is refused.
    expect(requested).toEqual(['/with-icons/', '/huge.png', '/touch.png']);
  });

  it('falls back to the feed’s own icon, then to /favicon.ico', async () => {
    const bare = { siteUrl: `${server.origin}/bare/`, feedUrl: `${server.origin}/feed.xml` };
    expect(await findSiteIcon({ ...bare, feedIcons: [`${server.origin}/touch.png`] }, {})).toMatchObject({
      ext: 'png',
    });
    expect(await findSiteIcon({ ...bare, feedIcons: [`${server.origin}/nothing.png`] }, {})).toMatchObject({
      ext: 'ico',
      bytes: new Uint8Array(ICO),
    });
  });

  it('refuses SVG, pages and mislabelled bytes, and stays off the local network when asked to', async () => {
    expect((await rejection(fetchIcon(`${server.origin}/mark.svg`))).message).toBe('SVG icons are not accepted');
    expect((await rejection(fetchIcon(`${server.origin}/page.html`))).message).toBe('That address is not an image');
    expect((await rejection(fetchIcon(`${server.origin}/svg-as-png`))).message).toMatch(/is not a PNG, JPEG/);
    expect((await rejection(fetchIcon(`${server.origin}/huge.png`))).code).toBe('TOO_LARGE');
    expect((await rejection(fetchIcon(`${server.origin}/touch.png`, { blockPrivateNetwork: true }))).message).toMatch(
      /private or local network/,
    );
  });
});
