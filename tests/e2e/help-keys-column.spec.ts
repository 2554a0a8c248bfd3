// Keyboard shortcuts: each group's table sized its keys' column to its own widest key, so the groups stacked in one
// column of the dialog started their descriptions at different places ("Annals", with Ctrl+K, 7 px right of the
// Timeline above it). The keys take one column, the same width in every group, at 720 to 2560 px.
import { expect, test } from '@playwright/test';
import { shots, withAnnals } from './support/session.ts';

const groups = ['Library', 'Article', 'Timeline', 'Appearance', 'Annals'];

test('lines up the keys and what they do in one column across the shortcut groups at 720 to 2560 px', async ({
  page,
}) =>
  withAnnals(page, { name: 'help-keys-column', viewport: { width: 2560, height: 1200 } }, async ({ annals }) => {
    for (const width of [2560, 1280, 720]) {
      await page.setViewportSize({ width, height: 1200 });
      await annals.runCommand('Keyboard shortcuts');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(dialog.getByRole('region', { name: 'Annals' })).toBeVisible();
      const keyColumns: number[] = [];
      for (const name of groups) {
        const group = dialog.getByRole('region', { name, exact: true });
        const left = (await group.boundingBox())!.x;
        for (const row of await group.getByRole('row').all()) {
          const [key, words] = [
            (await row.locator('kbd').boundingBox())!,
            (await row.getByRole('cell').nth(1).boundingBox())!,
          ];
          expect(key.x + key.width, `${name}: a key before its words`).toBeLessThan(words.x);
          keyColumns.push(Math.round(words.x - left));
        }
      }
      // Every description starts as far from its group's edge: one keys' column, everywhere.
      expect(new Set(keyColumns), `the words' column at ${width} px`).toEqual(new Set([keyColumns[0]]));
      if (width === 2560) {
        await dialog.getByRole('region', { name: 'Annals' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: shots('help-keys-2560.png') });
      }
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
  }));
