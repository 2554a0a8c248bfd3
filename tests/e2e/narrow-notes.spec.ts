// A 720 px window: the notes panel beside the article left its text some 39 characters a line. There the notes
// open over the article as a drawer (a close button, Esc), so the text keeps a reader's measure of 55 or more.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { textColumn } from './support/text-column.ts';
import { callApi, READ_TITLE, setTheme } from './support/tour.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'narrow-notes',
    viewport: { width: 720, height: 820 },
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

test('opens the notes over the article at 720 px, and the text keeps 55 characters a line or more', async () => {
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await annals.view('All articles').click();
  await annals.open(READ_TITLE);
  await expect(annals.articleText.locator('main p').first()).toBeVisible();
  if ((await notes().count()) === 0) await notesButton().click();
  await expect(notes()).toBeVisible();
  expect((await textColumn(page)).perLine).toBeGreaterThanOrEqual(55);
  // The keys went with the notes, so Tab reaches what is in them.
  await expect(notes()).toBeFocused();
  await page.screenshot({ path: shots('narrow-notes-drawer-light.png') });

  await notes().getByRole('button', { name: 'Close notes' }).click();
  await expect(notes()).toHaveCount(0);
  await expect(notesButton()).toHaveAttribute('aria-pressed', 'false');
  expect((await textColumn(page)).perLine).toBeGreaterThanOrEqual(55);
  await page.screenshot({ path: shots('narrow-notes-closed-light.png') });
});

test('opens and closes the notes drawer from the keyboard, keeping the note typed in it', async () => {
  await setTheme(annals, 'dark');
  await annals.reader.getByRole('region', { name: 'Article' }).focus();
  await page.keyboard.press('i');
  await expect(notes()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notes().getByRole('button', { name: 'Close notes' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Worth a second read.');
  await page.screenshot({ path: shots('narrow-notes-drawer-dark.png') });
  await page.keyboard.press('Escape');
  await expect(notes()).toHaveCount(0);
  // Esc closed the drawer, not the article; the keys are back on the Notes button.
  await expect(annals.reader).toBeVisible();
  await expect(notesButton()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes().getByRole('textbox', { name: 'Note on this article' })).toHaveValue('Worth a second read.');
  await page.keyboard.press('Escape');
  await expect(notes()).toHaveCount(0);
});
