// Every way into the library, and what the reader does with a long article: drop a file or a link,
// the bookmarklet from a page on another site (connected once; a hostile page sees nothing that saves),
// plain answers for unhelpful pages, links that leave the app, and the reading position kept per article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, type Request, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { useSharedSession } from './support/session.ts';

const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;
let browserOfTheReader: Browser;

useSharedSession({ name: 'saving', web: true, viewport: { width: 1100, height: 760 } }, async (session) => {
  ({ page, annals, web } = session);
  // The reader's other pages (a site with the bookmarklet) open in the same browser.
  browserOfTheReader = page.context().browser()!;
});

test('saves an .html file dropped on the window', async () => {
  const html = readFileSync(path.join(pages, 'long-read.html'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'westhaven.html', { type: 'text/html' }));
    return transfer;
  }, html);
  const target = page.getByRole('main');
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(annals.toast(/Saved “The long rebuilding of Westhaven harbour” from westhaven\.html/)).toBeVisible();
  await expect(annals.article(/Westhaven harbour/)).toContainText('Coastline Weekly');
});

/** Drops files on the window as a file manager would: their bytes as they are on disk. */
async function dropFiles(files: { name: string; type: string; bytes: number[] }[]) {
  await annals.dismissToasts();
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer();
    for (const file of dropped)
      transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
    return transfer;
  }, files);
  await page.getByRole('main').dispatchEvent('dragover', { dataTransfer });
  await page.getByRole('main').dispatchEvent('drop', { dataTransfer });
}

test('saves a Japanese page file in Shift_JIS dropped on the window, in Japanese', async () => {
  const bytes = [...readFileSync(path.join(pages, 'shift-jis-xhtml.html'))];
  await dropFiles([{ name: 'aoishi.html', type: 'text/html', bytes }]);
  await expect(annals.toast(/Saved “青石港の北航路、来月に再開へ” from aoishi\.html/)).toBeVisible();
  await annals.open(/青石港の北航路/);
  await expect(annals.articleText.getByText(/ようやく朝の水揚げに間に合う/)).toBeVisible();
  await annals.backToList();
});

test('saves a .txt file dropped on the window, its markup shown as text', async () => {
  const text = 'Harbour notice 14\n\nThe test page said <script>alert(1)</script> to every skipper.\n';
  await dropFiles([{ name: 'harbour-notice.txt', type: 'text/plain', bytes: [...Buffer.from(text)] }]);
  await expect(annals.toast(/Saved “Harbour notice 14” from harbour-notice\.txt/)).toBeVisible();
  await annals.open('Harbour notice 14');
  await expect(
    annals.articleText.getByText('The test page said <script>alert(1)</script> to every skipper.'),
  ).toBeVisible();
  await annals.backToList();
});

test('saves a link dropped on the window', async () => {
  const dataTransfer = await page.evaluateHandle((url) => {
    const transfer = new DataTransfer();
    transfer.setData('text/uri-list', url);
    return transfer;
  }, web.url('publisher-offset.html'));
  await page.getByRole('main').dispatchEvent('drop', { dataTransfer });
  await expect(annals.article(/wildfire bond/)).toBeVisible();
});

test('answers an unhelpful address plainly and changes nothing', async () => {
  const before = await annals.list.getByRole('option').count();
  await annals.saveField.fill(web.url('no-such-page.html'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The server answered 404' })).toBeVisible();
  await annals.saveField.fill(web.url('landing-page.html'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No article text found on that page' })).toBeVisible();
  await expect(annals.list.getByRole('option')).toHaveCount(before);
});

/** The bookmarklet and the connect address, as Settings gives them. */
async function saveFromBrowserSettings(): Promise<{ code: string; connect: string; token: string }> {
  await page.keyboard.press(',');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const code = (await settings.getByRole('link', { name: 'Save to Annals' }).getAttribute('href')) ?? '';
  const connect = (await settings.getByRole('link', { name: 'Connect this browser' }).getAttribute('href')) ?? '';
  await page.keyboard.press('Escape');
  expect(code).toMatch(/^javascript:/);
  return { code, connect, token: new URL(connect).searchParams.get('token') ?? '' };
}

/** What clicking the bookmark does: run its code in the page, as the page's own script. */
async function clickBookmarklet(site: Page, code: string): Promise<Page> {
  const popup = site.waitForEvent('popup');
  await site.evaluate((source) => {
    new Function(decodeURIComponent(source.slice('javascript:'.length)))();
  }, code);
  return popup;
}

test('takes pages from the bookmarklet, run on a page of another site, once the browser is connected', async () => {
  const { code, connect, token } = await saveFromBrowserSettings();
  expect(decodeURIComponent(code)).not.toContain(token);

  // The reader's everyday browser (no Annals cookie), on a news site: another site than Annals.
  const everyday = await browserOfTheReader.newContext();
  const site = await everyday.newPage();
  await site.goto(web.url('seed-article.html').replace('127.0.0.1', 'localhost'));
  const unconnected = await clickBookmarklet(site, code);
  await expect(unconnected.getByRole('heading', { name: 'This browser is not connected to Annals' })).toBeVisible();
  await unconnected.close();

  const connecting = await everyday.newPage();
  await connecting.goto(connect);
  await expect(connecting.getByRole('heading', { name: 'This browser is connected to Annals' })).toBeVisible();
  await connecting.close();

  const saving = await clickBookmarklet(site, code);
  await expect(saving.getByRole('status')).toHaveText(/^“Kremlin Confirms.*” is in your Annals library\.$/);
  // The window closes itself once it has said so.
  await saving.waitForEvent('close');
  await everyday.close();
  // The open Annals window hears of it without a reload.
  await expect(annals.article(/Kremlin Confirms/)).toBeVisible();
});

test('a hostile page that watches every script it runs never sees what lets Annals save', async () => {
  const { code, connect, token } = await saveFromBrowserSettings();
  const everyday = await browserOfTheReader.newContext();
  const connecting = await everyday.newPage();
  await connecting.goto(connect);
  await connecting.close();

  // The page overrides everything a script could be seen through and keeps what it sees.
  const hostile = `<!doctype html><html><head><title>Harbour fees rise again</title><script>
    window.seen = [];
    const keep = (what, value) => window.seen.push(what + ' ' + JSON.stringify(value));
    const realFetch = window.fetch;
    window.fetch = (...args) => { keep('fetch', args); return realFetch(...args); };
    const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
    const setHeader = XMLHttpRequest.prototype.setRequestHeader;
    XMLHttpRequest.prototype.open = function (...args) { keep('xhr.open', args); return open.apply(this, args); };
    XMLHttpRequest.prototype.send = function (...args) { keep('xhr.send', args); return send.apply(this, args); };
    XMLHttpRequest.prototype.setRequestHeader = function (...args) { keep('xhr.header', args); return setHeader.apply(this, args); };
    const realPost = window.postMessage;
    window.postMessage = function (...args) { keep('postMessage', args); return realPost.apply(this, args); };
    const realOpen = window.open;
    window.open = function (...args) { keep('open', args); return realOpen.apply(this, args); };
    const realRemove = window.removeEventListener;
    window.removeEventListener = function (...args) { keep('removeEventListener', args[0]); return realRemove.apply(this, args); };
    const realListen = window.addEventListener;
    window.addEventListener = function (type, listener, ...rest) {
      keep('addEventListener', type);
      return realListen.call(this, type, listener, ...rest);
    };
    realListen.call(window, 'message', (event) => keep('heard', [event.origin, event.data]));
  </script></head><body><article><h1>Harbour fees rise again</h1>
    ${'<p>The harbour board raised mooring fees for the third time this year on Tuesday, citing the cost of dredging the channel and repairing the storm-damaged breakwater.</p>'.repeat(6)}
  </article></body></html>`;
  await everyday.route('http://harbour-news.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: hostile }),
  );
  const site = await everyday.newPage();
  await site.goto('http://harbour-news.example/fees');
  const saving = await clickBookmarklet(site, code);
  await expect(saving.getByRole('status')).toHaveText('“Harbour fees rise again” is in your Annals library.');

  // It saw the bookmarklet at work (the window opened, the page handed over), and nothing that saves.
  const seen = await site.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.some((entry) => entry.startsWith('open '))).toBe(true);
  expect(seen.some((entry) => entry.startsWith('heard '))).toBe(true);
  expect(JSON.stringify(seen)).not.toContain(token);
  expect(await site.evaluate(() => document.cookie)).not.toContain(token);
  // Its own calls to Annals, with whatever the browser adds, get nowhere.
  const origin = new URL(connect).origin;
  const ownCall = await site.evaluate(async (annals) => {
    try {
      const response = await fetch(`${annals}/api/article.saveFromBrowser`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ html: '<p>spam</p>', url: 'http://harbour-news.example/spam' }),
      });
      return `answered ${response.status}`;
    } catch {
      return 'refused';
    }
  }, origin);
  expect(ownCall).toBe('refused');
  await everyday.close();
  await expect(annals.article(/Harbour fees rise again/)).toBeVisible();
});

test('opens links from an article in a new tab, http and https only', async () => {
  // Stand in for the outside site: the test never reaches the internet.
  await page
    .context()
    .route('https://example.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>The harbour report</h1>' }),
    );
  await annals.open(/Westhaven harbour/);
  const popup = page.waitForEvent('popup');
  await annals.articleText.getByRole('link', { name: 'published by the harbour board' }).click();
  const opened = await popup;
  await opened.waitForLoadState();
  expect(opened.url()).toBe('https://example.org/harbour-report');
  await opened.close();
  // Nothing else navigated: the reader is still there.
  await expect(annals.reader).toBeVisible();
});

test('remembers how far an article was read and returns there', async () => {
  const saved: number[] = [];
  const noteSaved = (request: Request) => {
    if (request.url().endsWith('/api/article.setProgress'))
      saved.push(Math.round((request.postDataJSON() as { progress: number }).progress * 100));
  };
  page.on('requestfinished', noteSaved);
  const scroller = page.getByRole('progressbar', { name: 'Reading progress' });
  await annals.articleText.getByText(/./).first().waitFor();
  await page.mouse.move(550, 500);
  await page.mouse.wheel(0, 2400);
  await expect.poll(async () => Number(await scroller.getAttribute('aria-valuenow'))).toBeGreaterThan(20);
  const reached = Number(await scroller.getAttribute('aria-valuenow'));
  // The position is saved once scrolling pauses.
  await expect.poll(() => saved.some((position) => Math.abs(position - reached) <= 1)).toBe(true);
  page.off('requestfinished', noteSaved);
  await annals.backToList();
  await expect(annals.article(/Westhaven harbour/)).toContainText(/\d+% read/);

  await page.reload();
  await annals.open(/Westhaven harbour/);
  await expect
    .poll(async () => Number(await scroller.getAttribute('aria-valuenow')))
    .toBeGreaterThanOrEqual(reached - 3);
  expect(Number(await scroller.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(reached + 3);
});
