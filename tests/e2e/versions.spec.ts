// A publisher edits a page after the reader saved it: saving it again keeps the first text as a version,
// and the reader opens that version read-only, sees what changed word by word, and goes back.
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { type Box, overlap } from './support/geometry.ts';
import { shots, useSharedSession } from './support/session.ts';
import { resizeWindow } from './support/window.ts';

let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'versions', web: true, viewport: { width: 1100, height: 760 } }, async (session) => {
  ({ page, annals, web } = session);
});

test('saving a changed page again keeps the earlier text, which opens read-only with what changed', async () => {
  web.serveAs('world/talks.html', 'seed-article.html');
  await annals.saveUrl(web.url('world/talks.html'));
  // The publisher adds an editor's note and changes a word; the reader saves the page again.
  web.serveAs('world/talks.html', 'seed-article-edited.html');
  await annals.saveUrl(web.url('world/talks.html'));
  await expect(annals.toast(/^Updated “Kremlin Confirms/)).toBeVisible();

  await annals.open(/Kremlin Confirms/);
  await expect(annals.articleText.getByText(/Peskov told reporters/)).toBeVisible();
  await annals.reader.getByRole('button', { name: 'Versions (2)' }).click();
  const versions = annals.reader.getByRole('region', { name: 'Versions of this article' });
  await expect(versions.getByRole('listitem')).toHaveCount(2);
  await expect(versions.getByRole('listitem').first()).toContainText('Current');
  await versions.getByRole('button', { name: /^Open the version saved / }).click();

  const earlier = annals.reader.getByRole('region', { name: 'Earlier version' });
  await expect(earlier).toContainText('Read-only: this is not the text shown now');
  await expect(page.locator('iframe[title="Article text"]')).toHaveCount(0);
  const changes = earlier.getByRole('document', { name: 'Changes from this version to the current text' });
  await expect(changes.getByTitle('Only in this version').filter({ hasText: 'CNN' })).toBeVisible();
  await expect(changes.getByTitle('Added since this version').filter({ hasText: 'reporters' })).toBeVisible();
  await expect(changes.getByTitle('Added since this version').filter({ hasText: /Editor’s note/ })).toBeVisible();
  await page.screenshot({ path: shots('reader-version-diff.png') });

  await earlier.getByRole('button', { name: 'Back to the current text' }).click();
  await expect(earlier).toHaveCount(0);
  await expect(annals.articleText.getByText(/Peskov told reporters/)).toBeVisible();
});

test('keeps the versions panel and an earlier version inside the window from 720 to 2560 px wide', async () => {
  await annals.reader.getByRole('button', { name: 'Versions (2)' }).click();
  const versions = annals.reader.getByRole('region', { name: 'Versions of this article' });
  await expect(versions).toBeVisible();
  for (const width of [720, 800, 1100, 1440, 2560]) {
    await resizeWindow(page, { width, height: 760 });
    await expect(versions).toBeVisible();
    // Measured until the panel has been slid back inside the window: it is placed again as the pane around it
    // changes width, which the sidebar folding away after the resize does a frame later.
    await expect(async () => {
      const box = (await versions.boundingBox())!;
      expect(box.x, `left edge at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `right edge at ${width} px`).toBeLessThanOrEqual(width);
      const lastButton = versions.getByRole('button', { name: /^Open the version saved / });
      const buttonBox = (await lastButton.boundingBox())!;
      expect(buttonBox.x + buttonBox.width, `its buttons at ${width} px`).toBeLessThanOrEqual(width);
    }).toPass();
    if (width === 720) await page.screenshot({ path: shots('reader-versions-720.png') });
  }
  // With the sidebar shown beside a narrow reader, the button sits far to the right of the window's start.
  await resizeWindow(page, { width: 720, height: 760 });
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  if (!(await versions.isVisible())) await annals.reader.getByRole('button', { name: 'Versions (2)' }).click();
  await expect(async () => {
    const besideSidebar = (await versions.boundingBox())!;
    expect(besideSidebar.x).toBeGreaterThanOrEqual(0);
    expect(besideSidebar.x + besideSidebar.width, 'right edge beside the sidebar').toBeLessThanOrEqual(720);
  }).toPass();
  await page.screenshot({ path: shots('reader-versions-720-sidebar.png') });
  await page.getByRole('button', { name: 'Hide the sidebar' }).click();
  if (!(await versions.isVisible())) await annals.reader.getByRole('button', { name: 'Versions (2)' }).click();
  await versions.getByRole('button', { name: /^Open the version saved / }).click();
  const earlier = annals.reader.getByRole('region', { name: 'Earlier version' });
  for (const width of [720, 2560]) {
    await resizeWindow(page, { width, height: 760 });
    await expect(async () => {
      const box = (await earlier.boundingBox())!;
      expect(box.x + box.width, `earlier version's right edge at ${width} px`).toBeLessThanOrEqual(width);
      const back = (await earlier.getByRole('button', { name: 'Back to the current text' }).boundingBox())!;
      expect(back.x + back.width).toBeLessThanOrEqual(width);
    }).toPass();
  }
  await page.screenshot({ path: shots('reader-version-720-2560.png') });
  await earlier.getByRole('button', { name: 'Back to the current text' }).click();
  await resizeWindow(page, { width: 1100, height: 760 });
});

/** The reader's toolbar: every control above the reading progress bar, with its box. */
async function toolbarControls(): Promise<{ name: string; box: Box }[]> {
  const foot = (await page.getByRole('progressbar', { name: 'Reading progress' }).boundingBox())!.y;
  const controls: { name: string; box: Box }[] = [];
  for (const control of await annals.reader.getByRole('button').all()) {
    const box = await control.boundingBox();
    if (!box || box.y + box.height > foot || !(await control.isVisible())) continue;
    controls.push({ name: (await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '', box });
  }
  return controls;
}

/** Whether the reader can reach an action: on the toolbar, or in its More menu. */
async function reachable(name: string | RegExp): Promise<boolean> {
  const button: Locator = annals.reader.getByRole('button', { name, exact: typeof name === 'string' });
  if ((await button.count()) > 0 && (await button.first().isVisible())) return true;
  const more = annals.reader.getByRole('button', { name: 'More', exact: true });
  if ((await more.count()) === 0) return false;
  await more.click();
  const item = page.getByRole('menu', { name: 'More' }).getByRole('menuitem', { name });
  const found = (await item.count()) > 0;
  await page.keyboard.press('Escape');
  return found;
}

test('keeps every toolbar control apart and inside the reader beside the sidebar, from 720 to 2560 px', async () => {
  await expect(annals.reader.getByRole('button', { name: 'Versions (2)' })).toBeVisible();
  for (const width of [720, 800, 1024, 1440, 2560]) {
    await resizeWindow(page, { width, height: 760 });
    // The window may put the sidebar away just after the resize: open it again until it stays.
    await expect(async () => {
      const show = page.getByRole('button', { name: 'Show the sidebar' });
      if (await show.isVisible()) await show.click();
      await expect(page.getByRole('navigation', { name: 'Library views' })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await expect(annals.reader.getByRole('button', { name: 'Appearance' })).toBeInViewport({ ratio: 1 });
    // The toolbar settles (collapsing what does not fit) before it is measured: it learns its new width from a
    // ResizeObserver, a frame or two after the sidebar came back, so the measures are taken until it has.
    await expect(async () => {
      const reader = (await annals.reader.boundingBox())!;
      const controls = await toolbarControls();
      expect(controls.length, `controls at ${width} px`).toBeGreaterThanOrEqual(4);
      for (const [i, a] of controls.entries()) {
        expect(a.box.x, `${a.name} inside the reader at ${width} px`).toBeGreaterThanOrEqual(reader.x - 0.5);
        expect(a.box.x + a.box.width, `${a.name} inside the reader at ${width} px`).toBeLessThanOrEqual(
          reader.x + reader.width + 0.5,
        );
        for (const b of controls.slice(i + 1)) {
          expect(overlap(a.box, b.box), `${a.name} and ${b.name} overlap at ${width} px`).toBe(false);
        }
      }
    }).toPass();
    for (const action of [/^(Archive|Move to Inbox)$/, /Favorite/, /^Mark as (un)?read$/, 'Delete', /^Versions/]) {
      expect(await reachable(action), `${action} reachable at ${width} px`).toBe(true);
    }
    if (width <= 1024) await page.screenshot({ path: shots(`reader-toolbar-sidebar-${width}.png`) });
  }

  // Opened from a search, the toolbar also counts the matches: the least used commands go into More.
  await resizeWindow(page, { width: 720, height: 760 });
  await page.keyboard.press('Escape');
  await expect(annals.reader).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('Peskov');
  await page
    .getByRole('region', { name: 'Search results' })
    .getByRole('button', { name: /Kremlin Confirms/ })
    .click();
  await expect(annals.reader.getByRole('status')).toHaveText(/match(es)? \(n \/ N\)/);
  // The reader just opened: its toolbar folds what does not fit once it has learnt its width, a frame or two later.
  await expect(async () => {
    const controls = await toolbarControls();
    for (const [i, a] of controls.entries()) {
      for (const b of controls.slice(i + 1))
        expect(overlap(a.box, b.box), `${a.name} and ${b.name} overlap`).toBe(false);
    }
  }).toPass();
  await annals.reader.getByRole('button', { name: 'More', exact: true }).click();
  const more = page.getByRole('menu', { name: 'More' });
  await expect(more.getByRole('menuitem', { name: 'Delete' })).toBeVisible();
  await expect(more.getByRole('menuitem', { name: /^Mark as (un)?read$/ })).toBeVisible();
  await page.screenshot({ path: shots('reader-toolbar-sidebar-720-search.png') });
  await page.keyboard.press('Escape');
  await expect(more).toHaveCount(0);
  await expect(annals.reader.getByRole('button', { name: 'More', exact: true })).toBeFocused();
  await resizeWindow(page, { width: 1100, height: 760 });
});
