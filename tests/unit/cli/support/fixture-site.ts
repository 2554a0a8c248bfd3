// A news site on loopback for the README's commands: articles, a page announcing its feed, feeds.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const pages = fileURLToPath(new URL('../../../fixtures/pages/', import.meta.url));
export const sampleDir = fileURLToPath(new URL('../../../../assets/sample/', import.meta.url));

/** The five reports of the Kellbridge flood in the sample library. */
export const floodReports = [
  'old-mill-bridge-closed.html',
  'sollen-dam-gate-jams.html',
  'kellbridge-ferry-pontoon.html',
  'steinholt-wins-bridge-contract.html',
  'kellbridge-scour-lessons.html',
];

const rss = (title: string, link: string, item: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${link}</link><item><title>${title} item</title><link>${item}</link><guid>${item}</guid></item></channel></rss>`;

export async function startFixtureSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  let origin = '';
  const files: Record<string, string> = {
    '/story': `${pages}seed-article.html`,
    '/long-read.html': `${pages}long-read.html`,
    '/german-article.html': `${pages}german-article.html`,
    '/rail-strike.html': `${pages}boilerplate-news.html`,
    '/frogs.html': `${sampleDir}city-frogs-sing-later.html`,
    '/larkspur.html': `${sampleDir}larkspur-library-ceiling.html`,
    ...Object.fromEntries(floodReports.map((file) => [`/sample/${file}`, `${sampleDir}${file}`])),
  };
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const html = (body: string) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    const xml = (body: string) => response.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body);
    if (path === '/') {
      html(
        `<html><head><title>Harbour Review</title><link rel="alternate" type="application/rss+xml" title="Harbour Review" href="/feed.xml"></head><body><h1>Harbour Review</h1></body></html>`,
      );
    } else if (path === '/feed.xml') xml(rss('Harbour Review', `${origin}/`, `${origin}/frogs.html`));
    else if (path === '/local.xml') xml(rss('Kellbridge Crier', `${origin}/`, `${origin}/larkspur.html`));
    else if (Object.hasOwn(files, path)) {
      readFile(files[path]!, 'utf8').then(html, () => response.writeHead(500).end());
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
