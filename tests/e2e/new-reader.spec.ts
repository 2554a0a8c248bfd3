// What a demanding new reader runs into on a first afternoon with Annals, each fixed and kept fixed.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { withAnnals } from './support/session.ts';

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
