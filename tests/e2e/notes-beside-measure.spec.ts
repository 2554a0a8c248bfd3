// A 1,100–1,150 px window with the sidebar open: the notes panel beside the article left its text 53 characters a
// line, as the switch to a drawer read the window's width. The reader's own width decides it now: wherever the
// panel sits beside the article, the text keeps a reader's measure of 55 characters or more.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { textColumn } from './support/text-column.ts';
import { callApi, READ_TITLE } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'notes-beside-measure',
    viewport: { width: 1280, height: 820 },
    prepare: async (appUrl) => {
      await callApi(appUrl, 'sample.install', {});
    },
  },
  async (session) => {
    ({ page, annals } = session);
  },
);

const notes = () => page.getByRole('complementary', { name: 'Highlights and notes' });
const notesButton = () => annals.reader.getByRole('button', { name: /^Notes/ });
const closeNotes = () => notes().getByRole('button', { name: 'Close notes' });

test('keeps the article 55 characters a line or more with the notes open, the sidebar open, from 1,100 to 1,280 px', async () => {
  await annals.view('All articles').click();
  await annals.open(READ_TITLE);
  await expect(annals.articleText.locator('main p').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library views' })).toBeVisible();
  for (const width of [1280, 1150, 1125, 1100]) {
    await resizeWindow(page, { width, height: 820 });
    // The layout follows the window a frame late: wait for the reader to have the width the window leaves it.
    await expect
      .poll(() => annals.reader.evaluate((reader, right) => reader.getBoundingClientRect().right === right, width))
      .toBe(true);
    if ((await notes().count()) === 0) await notesButton().click();
    await expect(notes()).toBeVisible();
    const drawer = (await closeNotes().count()) > 0;
    // Measured as the reader sees it once the notes have found their place for this width (a frame after it).
    await expect
      .poll(async () => (await textColumn(page)).perLine, {
        message: `characters a line at ${width} px (${drawer ? 'drawer' : 'beside'})`,
      })
      .toBeGreaterThanOrEqual(55);
    if (width === 1100) await page.screenshot({ path: shots('notes-beside-1100.png') });
    if (drawer) await closeNotes().click();
  }
});
