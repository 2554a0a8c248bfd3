// Every way into the library, and what the reader does with a long article: drop a file or a link,
// the bookmarklet from a page on another origin, plain answers for unhelpful pages, links that
// leave the app, and the reading position kept per article.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, type Request, test } from '@playwright/test';
import { AnnalsPage } from './support/annals-page.ts';
import { AppServer } from './support/app-server.ts';
import { FixtureServer } from './support/fixture-server.ts';

const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

let libraryDir: string;
let app: AppServer;
let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;
let browserOfTheReader: Browser;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  libraryDir = mkdtempSync(path.join(os.tmpdir(), 'annals-e2e-'));
  web = new FixtureServer();
  await web.start();
  app = new AppServer(libraryDir);
  await app.start();
  browserOfTheReader = browser;
  page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  annals = new AnnalsPage(page);
  await page.goto(app.url);
});

test.afterAll(async () => {
  await page?.close();
  await app?.stop();
  await web?.stop();
  rmSync(libraryDir, { recursive: true, force: true });
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

test('takes pages from the bookmarklet, run on a page of another site', async () => {
  await page.keyboard.press(',');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const code = await settings.getByRole('link', { name: 'Save to Annals' }).getAttribute('href');
  expect(code).toMatch(/^javascript:/);
  await page.keyboard.press('Escape');

  // The reader's everyday browser (no Annals cookie), on a news site: another origin than Annals.
  const everyday = await browserOfTheReader.newContext();
  const site = await everyday.newPage();
  await site.goto(web.url('seed-article.html'));
  const alerted = new Promise<string>((resolve) => {
    site.once('dialog', async (dialog) => {
      resolve(dialog.message());
      await dialog.dismiss();
    });
  });
  await site.evaluate((source) => {
    // What clicking the bookmark does: run its code in the page.
    new Function(decodeURIComponent(source.slice('javascript:'.length)))();
  }, code ?? '');
  expect(await alerted).toMatch(/^Saved to Annals: Kremlin Confirms/);
  await everyday.close();
  // The open Annals window hears of it without a reload.
  await expect(annals.article(/Kremlin Confirms/)).toBeVisible();
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
