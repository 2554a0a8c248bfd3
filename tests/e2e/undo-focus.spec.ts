// Undo that brings back the only article of a view: the list comes back from the empty state, and the keyboard
// must come back to it (on the restored article), not stay on the page's body where j and k do nothing.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { shots, useSharedSession } from './support/session.ts';
import { setTheme } from './support/tour.ts';

const SEED_TITLE = /Kremlin Confirms/;

let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'undo-focus', web: true, viewport: { width: 1280, height: 820 } }, async (session) => {
  ({ page, annals, web } = session);
});

/** Archives the view's only article by key, so the view falls back to its empty state. */
async function archiveTheOnlyArticle() {
  await annals.list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('a');
  await expect(annals.article(SEED_TITLE)).toHaveCount(0);
  await expect(annals.list).toHaveCount(0);
}

test('gives the keyboard to the restored article when Undo in the note brings back a view’s only article', async () => {
  await annals.saveUrl(web.url('seed-article.html'));
  await annals.dismissToasts();
  await archiveTheOnlyArticle();
  await annals.undo('Archived 1 article');
  await expect(annals.article(SEED_TITLE)).toBeVisible();
  await expect(annals.list).toBeFocused();
  await expect(annals.article(SEED_TITLE)).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: shots('undo-focus-light.png') });
});

test('gives the keyboard to the restored article when u brings back a view’s only article', async () => {
  await annals.dismissToasts();
  await setTheme(annals, 'dark');
  await archiveTheOnlyArticle();
  await page.keyboard.press('u');
  await expect(annals.article(SEED_TITLE)).toBeVisible();
  await expect(annals.list).toBeFocused();
  await expect(annals.article(SEED_TITLE)).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: shots('undo-focus-dark.png') });
  // The keys work from there: Enter opens the article that came back.
  await page.keyboard.press('Enter');
  await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText('Kremlin Confirms');
});
