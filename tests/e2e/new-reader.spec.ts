// What a demanding new reader runs into on a first afternoon with Annals, each fixed and kept fixed.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { withAnnals } from './support/session.ts';
import { slowWeb } from './support/slow-web.ts';

const importFile = fileURLToPath(new URL('../fixtures/import/instapaper.csv', import.meta.url));

test('closes the import dialog with Escape after an import, though the Import button has gone', async ({ page }) => {
  await withAnnals(page, { name: 'new-reader-import' }, async ({ annals }) => {
    await annals.runCommand('Import');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.locator('input[type=file]').setInputFiles(importFile);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByText(/^Imported \d+ new articles?/)).toBeVisible();
    // The focus stays in the dialog, so Escape closes it, as it did before the import.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.getAttribute('aria-label')))
      .toBe('Import');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('lines up the note on highlights still waiting for their text with the highlights, in a wide window', async ({
  page,
}) => {
  await withAnnals(
    page,
    { name: 'new-reader-waiting', viewport: { width: 2560, height: 1440 } },
    async ({ annals }) => {
      await annals.runCommand('Import');
      const dialog = page.getByRole('dialog', { name: 'Import' });
      await dialog.locator('input[type=file]').setInputFiles(importFile);
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog.getByText(/^Imported \d+ new articles?/)).toBeVisible();
      await page.keyboard.press('Escape');
      await page
        .getByRole('navigation', { name: 'Library views' })
        .getByRole('button', { name: /Highlights/ })
        .click();
      const pane = page.getByRole('main', { name: 'Highlights and notes' });
      const waiting = pane.getByRole('list', { name: 'Highlights waiting for their article’s text' });
      const note = waiting.getByRole('region', { name: 'Text not arrived yet' }).first();
      const card = pane.getByRole('list', { name: 'Highlights', exact: true }).getByRole('listitem').first();
      await expect(note).toBeVisible();
      await expect(card).toBeVisible();
      const [noteBox, cardBox] = [(await note.boundingBox())!, (await card.boundingBox())!];
      // One column: the note starts and ends where the highlights do, not at the window's edges.
      expect(Math.abs(noteBox.x - cardBox.x)).toBeLessThanOrEqual(2);
      expect(Math.abs(noteBox.x + noteBox.width - (cardBox.x + cardBox.width))).toBeLessThanOrEqual(2);
    },
  );
});

test('takes a second link while the first is still saving from a slow site', async ({ page }) => {
  const web = await slowWeb();
  try {
    await withAnnals(page, { name: 'new-reader-slow-save' }, async ({ annals }) => {
      await annals.saveField.fill(web.url('first.html'));
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      // The field is free at once for the next link; the first one's progress shows below.
      await expect(annals.saveField).toBeEditable();
      await expect(annals.saveField).toHaveValue('');
      await annals.saveField.fill(web.url('second.html'));
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('status', { name: 'Progress' })).toContainText('+1');
    });
  } finally {
    await web.stop();
  }
});
