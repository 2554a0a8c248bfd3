// The foundation journey in browser mode: the real `annals serve`, Debian's Chromium, and a fixture
// server on 127.0.0.1 standing in for the web (switched off to prove offline reading).
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import type { AppServer } from './support/app-server.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { shots, useSharedSession } from './support/session.ts';

const SEED_TITLE = /Kremlin Confirms/;

let app: AppServer;
let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'library',
    web: true,
    viewport: { width: 1280, height: 820 },
    open: false,
  },
  async (session) => {
    ({ page, annals, web, app } = session);
  },
);

test('greets a new reader with an empty library that offers the sample articles', async () => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Annals' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add sample articles' })).toBeVisible();
  // The token left the address bar once the page had it.
  expect(page.url()).not.toContain('token=');
});

test('saves the seed page by its address, then reads it with its image', async () => {
  await annals.saveUrl(web.url('seed-article.html'));
  await expect(annals.article(SEED_TITLE)).toBeVisible();
  await expect(annals.article(SEED_TITLE)).toContainText('World Desk Daily');

  await annals.open(SEED_TITLE);
  await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText('Kremlin Confirms');
  await expect(annals.reader).toContainText('Staff Reporter');
  await expect(annals.reader).toContainText('World Desk Daily');
  await expect(annals.articleText.getByText(/Kremlin confirmed/)).toBeVisible();
  await expect(annals.articleText.getByText(/ready for serious work/)).toBeVisible();
  await expect(annals.articleText.getByText(/cookie/i)).toHaveCount(0);
  await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
  await page.screenshot({ path: shots('reader-light.png') });
});

test('switches the theme, and the article follows', async () => {
  await annals.reader.getByRole('button', { name: 'Appearance' }).click();
  const dark = page.getByRole('radio', { name: 'Dark' });
  await expect(dark).toBeVisible();
  await dark.click();
  await expect(dark).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => page.frame({ url: /about:srcdoc/ })?.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe('rgb(23, 24, 26)');
  await page.screenshot({ path: shots('reader-dark.png') });
  // Persisted: a reload keeps it.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Settings' }).click();
  const light = page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Light' });
  await light.click();
  await expect(light).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('reads offline: with the web gone, the article and its image still show', async () => {
  await web.stop();
  await page.reload();
  await expect(annals.article(SEED_TITLE)).toBeVisible();
  await annals.open(SEED_TITLE);
  await expect(annals.articleText.getByText(/Kremlin confirmed/)).toBeVisible();
  await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
  await web.start();
});

test('keeps the library across a restart of the app', async () => {
  await app.stop();
  await app.start();
  await page.goto(app.url);
  await expect(annals.article(SEED_TITLE)).toBeVisible();
  await annals.open(SEED_TITLE);
  await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
  await annals.backToList();
});

test('archives an article and undoes it, by button and by key', async () => {
  await annals.article(SEED_TITLE).hover();
  await annals.list.focus();
  await page.keyboard.press('j');
  await expect(annals.article(SEED_TITLE)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('toolbar').getByRole('button', { name: 'Archive' }).click();
  await expect(annals.toast('Archived 1 article')).toBeVisible();
  await expect(annals.article(SEED_TITLE)).toHaveCount(0);
  await annals.view('Archive').click();
  await expect(annals.article(SEED_TITLE)).toBeVisible();
  await annals.view('Inbox').click();

  await annals.undo('Archived 1 article');
  await expect(annals.article(SEED_TITLE)).toBeVisible();

  await annals.list.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  await expect(annals.article(SEED_TITLE)).toHaveCount(0);
  await page.keyboard.press('u');
  await expect(annals.article(SEED_TITLE)).toBeVisible();
});

test('gives the keyboard back to the list when Undo is clicked in a note, so j and k go on from there', async () => {
  await annals.saveUrl(web.url('publisher-offset.html'));
  await annals.dismissToasts();
  await expect(annals.list.getByRole('option')).toHaveCount(2);
  await annals.list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('a');
  await expect(annals.list.getByRole('option')).toHaveCount(1);
  await annals.undo('Archived 1 article');
  await expect(annals.list.getByRole('option')).toHaveCount(2);
  await expect(annals.toast(/^Archived 1 article$/)).toHaveCount(0);
  // The note went with the button the click had focused: the keys stay with the list, not the page's body.
  await expect(annals.list).toBeFocused();
});

test('is driven from the keyboard: j/k, Enter, Escape, f, ?, and the command palette', async () => {
  await annals.saveUrl(web.url('publisher-offset.html'));
  await expect(annals.list.getByRole('option')).toHaveCount(2);
  const [first, second] = await annals.list.getByRole('option').all();
  // What was just saved is selected, first in the list.
  await expect(first!).toHaveAttribute('aria-selected', 'true');
  await annals.list.focus();
  await page.keyboard.press('j');
  await expect(second!).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await expect(first!).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('f');
  await expect(annals.toast('Added 1 article to Favorites')).toBeVisible();
  await page.keyboard.press('2');
  await expect(annals.list.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('1');

  await page.keyboard.press('Enter');
  await expect(annals.reader).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(annals.list).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Next article');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: /Keyboard shortcuts/ })).toBeVisible();
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('sort published');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('published');
  await page.screenshot({ path: shots('library.png') });
});

test('never runs anything from a hostile page, saved or read', async () => {
  await annals.saveUrl(web.url('xss-vectors.html'));
  await annals.open(/cycle lanes/);
  await annals.dismissToasts();
  const frame = annals.articleText;
  await expect(frame.getByText(/31 votes to 17/)).toBeVisible();
  await frame.getByText(/31 votes to 17/).hover();
  await frame.getByText(/31 votes to 17/).click();
  await frame.getByText('Votes for').hover();
  // Every handler the page could have had its turn: its images failed or loaded (onerror, onload), and
  // two frames were drawn after the hover and the click.
  const articleFrame = await (await page.locator('iframe[title="Article text"]').elementHandle())?.contentFrame();
  await articleFrame?.waitForLoadState('load');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  const canaries = () =>
    Promise.all(
      page
        .frames()
        .map((f) =>
          f.evaluate(() => [
            (window as { __xssCanary?: unknown }).__xssCanary,
            (window as { __fixtureScriptRan?: unknown }).__fixtureScriptRan,
          ]),
        ),
    );
  expect((await canaries()).flat().every((value) => value === undefined)).toBe(true);
  // Nothing in the article may run, and the frame says so itself.
  await expect(page.locator('iframe[title="Article text"]')).toHaveAttribute('sandbox', 'allow-same-origin');
  await annals.backToList();
  expect((await canaries()).flat().every((value) => value === undefined)).toBe(true);
});

test('adds the sample library in one action and removes it in one, undoably', async () => {
  await annals.view('All articles').click();
  const before = await annals.list.getByRole('option').count();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('add the sample');
  await page.keyboard.press('Enter');
  await expect(annals.toast(/Added \d+ sample articles/)).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => annals.list.getByRole('option').count()).toBeGreaterThanOrEqual(before + 5);
  await page.screenshot({ path: shots('library-sample.png') });

  await page.getByRole('button', { name: 'Remove the sample articles' }).click();
  await expect(annals.toast(/Removed \d+ sample articles/)).toBeVisible();
  await expect(annals.list.getByRole('option')).toHaveCount(before);
  await annals.undo(/Removed \d+ sample articles/);
  await expect.poll(() => annals.list.getByRole('option').count()).toBeGreaterThanOrEqual(before + 5);
});
