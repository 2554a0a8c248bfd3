// Tags, highlights and notes in the real UI: a highlight made with the mouse survives a reload and
// the article being saved again with changed text; tags on two articles at once; Markdown export.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { shots, useSharedSession } from './support/session.ts';

const SEED = /Kremlin Confirms/;

let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;
let highlighted = '';

useSharedSession(
  {
    name: 'annotations',
    web: true,
    viewport: { width: 1280, height: 820 },
    acceptDownloads: true,
  },
  async (session) => {
    ({ page, annals, web } = session);
  },
);

const articleFrame = () => page.frame({ url: /about:srcdoc/ });
// Null until the article's frame is there (it is made anew when an article opens), so polls wait for it.
const markText = async (id?: string): Promise<string | null> =>
  (await articleFrame()?.evaluate(
    (wanted) =>
      [...document.querySelectorAll(wanted ? `mark[data-annotation-id="${wanted}"]` : 'mark.annals-hl')]
        .map((mark) => mark.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    id,
  )) ?? null;

test('highlights words selected with the mouse, and keeps a note on them', async () => {
  await annals.saveUrl(web.url('seed-article.html'));
  await annals.open(SEED);
  await annals.dismissToasts();
  const paragraph = annals.articleText.getByText(/Putin made the suggestion for negotiations/);
  const box = await annals.steadyBox(paragraph);
  await annals.drag({ x: box.x + 1, y: box.y + 8 }, { x: box.x + box.width * 0.6, y: box.y + 8 });
  const selected = (await articleFrame()!.evaluate(() => getSelection()?.toString() ?? '')).replace(/\s+/g, ' ').trim();
  expect(selected.length).toBeGreaterThan(10);

  await page
    .getByRole('toolbar', { name: 'Highlight the selection' })
    .getByRole('button', { name: 'Highlight in yellow' })
    .click();
  // A drag that stops inside a word highlights the whole word.
  await expect
    .poll(() => markText())
    .toMatch(new RegExp(`^${selected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}*$`, 'u'));
  highlighted = (await markText()) ?? '';

  await annals.articleText.locator('mark.annals-hl').first().click();
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await popover.getByRole('textbox', { name: 'Note (Markdown)' }).fill('The **offer** that started it all');
  await popover.getByRole('radio', { name: 'Green' }).check();
  await popover.getByRole('button', { name: 'Done' }).click();
  const notes = page.getByRole('complementary', { name: 'Highlights and notes' });
  await expect(notes.getByText('offer')).toBeVisible();
  await expect(notes.locator('strong')).toHaveText('offer');
  await page.screenshot({ path: shots('reader-highlights.png') });
});

test('paints the highlight over the same words after a reload', async () => {
  await page.reload();
  await annals.open(SEED);
  await expect.poll(() => markText()).toBe(highlighted);
  expect(await articleFrame()!.evaluate(() => document.querySelector('mark.annals-hl-green') !== null)).toBe(true);
});

test('moves the highlight with its words when the article is saved again with changed text', async () => {
  await annals.backToList();
  // The publisher edits the page at its address (a page elsewhere naming it as canonical is its own article).
  web.serveAs('seed-article.html', 'seed-article-edited.html');
  await annals.saveUrl(web.url('seed-article.html'));
  await expect(annals.toast(/^Updated “/)).toBeVisible();
  await expect(annals.list.getByRole('option')).toHaveCount(1);
  await annals.open(SEED);
  await expect(annals.articleText.getByText(/Editor’s note/)).toBeVisible();
  await expect.poll(() => markText()).toBe(highlighted);
});

test('tags two ticked articles at once and filters the library by that tag', async () => {
  await annals.backToList();
  await annals.saveUrl(web.url('publisher-offset.html'));
  await annals.dismissToasts();
  const rows = annals.list.getByRole('option');
  await expect(rows).toHaveCount(2);
  await rows.nth(0).click({ modifiers: ['ControlOrMeta'] });
  await rows.nth(1).click({ modifiers: ['ControlOrMeta'] });
  const toolbar = page.getByRole('toolbar', { name: 'Actions for 2 ticked articles' });
  await toolbar.getByRole('button', { name: 'Tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags of 2 articles' });
  await dialog.getByRole('combobox', { name: 'Add a tag' }).fill('to read again');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Current tags' })).toContainText('to read again');
  await page.keyboard.press('Escape');
  await expect(annals.toast('Tagged 2 articles “to read again”')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Tags' })
    .getByRole('button', { name: /to read again/ })
    .click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByRole('list', { name: 'Tags' })).toContainText('to read again');
  await page.getByRole('button', { name: 'Show everything' }).click();
});

test('lists every highlight in the library and exports them as Markdown', async () => {
  await page
    .getByRole('navigation', { name: 'Library views' })
    .getByRole('button', { name: /Highlights/ })
    .click();
  const feed = page.getByRole('main', { name: 'Highlights and notes' });
  await expect(feed.getByText(highlighted)).toBeVisible();
  await page.screenshot({ path: shots('annotations.png') });

  await feed.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  const markdown = readFileSync(file, 'utf8');
  expect(markdown).toMatch(/^---\n/);
  expect(markdown).toContain('title:');
  expect(markdown.replace(/\s+/g, ' ')).toContain(highlighted);
  expect(markdown).toContain('The **offer** that started it all');

  // Clicking a highlight goes back to its place in the article.
  await feed.getByRole('button', { name: new RegExp(highlighted.slice(0, 20)) }).click();
  await expect(annals.reader).toBeVisible();
  await expect
    .poll(() => articleFrame()?.evaluate(() => document.querySelector('mark.is-flashing') !== null))
    .toBe(true);
});

test('gives the keyboard back to the highlight that opened the article, closed with Esc or its button', async () => {
  const feed = page.getByRole('main', { name: 'Highlights and notes' });
  const card = feed.getByRole('button', { name: new RegExp(highlighted.slice(0, 20)) });
  await page.keyboard.press('Escape');
  await expect(card).toBeFocused();

  await card.press('Enter');
  await expect(annals.reader).toBeVisible();
  // Enter presses the card as a click does: the article opens at the highlight, not at its top.
  await expect
    .poll(() => articleFrame()?.evaluate(() => document.querySelector('mark.is-flashing') !== null))
    .toBe(true);
  const back = annals.reader.getByRole('button', { name: 'Highlights', exact: true });
  // Enter on the card opens the article at the highlight, which the reader scrolls to; a scroll hides tooltips (as
  // everywhere), so a hover made while it moves shows nothing until the pointer comes again.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await back.hover();
    await expect(page.getByRole('tooltip')).toContainText('Back to the highlights', { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await back.click();
  await expect(card).toBeFocused();
});
