// A news site on loopback for the README's commands: articles, a page announcing its feed, feeds.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { Library } from '../../../../electron/core/library/library.ts';
import { deviceFromEnvironment } from '../../../../electron/core/sync/device.ts';
import { extractedArticle, noImages } from '../../helpers/library.ts';

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

export interface FixtureSite {
  origin: string;
  /** The publisher edits a page: the address now serves another file. */
  edit(path: string, file: string): void;
  close(): Promise<void>;
}

/** The seed article as its publisher later edited it (an editor's note, one word changed). */
export const editedSeedArticle = `${pages}seed-article-edited.html`;

export async function startFixtureSite(): Promise<FixtureSite> {
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
  return {
    origin,
    edit: (path, file) => {
      files[path] = file;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The files the README's commands name, in the folder they run in; their addresses on the site at `origin`. */
export async function writeReadmeFiles(work: string, origin: string): Promise<void> {
  await copyFile(`${pages}seed-article.html`, join(work, 'page.html'));
  await mkdir(join(work, 'pages'));
  for (const file of floodReports.slice(0, 3)) await copyFile(join(sampleDir, file), join(work, 'pages', file));
  await copyFile(join(sampleDir, 'city-frogs-sing-later.html'), join(work, 'pages', 'frogs.html'));
  await writeFile(
    join(work, 'subscriptions.opml'),
    `<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body><outline text="News"><outline text="Local"><outline text="Kellbridge Crier" type="rss" xmlUrl="${origin}/local.xml"/></outline></outline></body></opml>`,
  );
  const pocket = `title,url,time_added,tags,status\nA long read,${origin}/long-read.html,1700000000,reading,unread\nEin Artikel,${origin}/german-article.html,1700000100,,archive\n`;
  await writeFile(join(work, 'pocket-export.zip'), zipSync({ 'part_000000.csv': new TextEncoder().encode(pocket) }));
  // A stand-in browser for `serve --open`: it notes the window it was asked to open.
  await writeFile(join(work, 'browser'), '#!/bin/sh\nprintf \'%s\\n\' "$@" > "$(dirname "$0")/browser-args.txt"\n', {
    mode: 0o755,
  });
}

/**
 * The page `kept` saved a second time, as an older Annals (before a page had one key) saved a link with a
 * tracking parameter: its own article, with the same text, tagged `tag`, saved now. Written as the device
 * `env` names, so the library stays this one device's. Answers the new article's id.
 */
export async function addOlderCopy(
  env: Record<string, string>,
  kept: { url: string; title: string; text: string; html: string },
  tag: string,
): Promise<string> {
  const library = await Library.open(env.ANNALS_LIBRARY!, { device: deviceFromEnvironment(env)! });
  try {
    const url = `${kept.url}${kept.url.includes('?') ? '&' : '?'}utm_source=newsletter`;
    const [copy] = await library.addImported([
      { url, title: kept.title, tags: [tag], archived: false, favorite: false, savedAt: new Date().toISOString() },
    ]);
    const page = extractedArticle(1, { url, canonicalUrl: null, title: kept.title, text: kept.text, html: kept.html });
    await library.save(page, { loadImage: noImages, into: copy!.id });
    return copy!.id;
  } finally {
    await library.close();
  }
}
