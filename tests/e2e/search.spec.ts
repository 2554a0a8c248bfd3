// Search in browser mode over the sample library: results as you type with the words marked, the
// query syntax, a plain message for bad syntax, and opening a result.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AnnalsPage } from './support/annals-page.ts';
import { AppServer } from './support/app-server.ts';

test('finds articles as you type, marks the words, explains bad syntax and opens a result', async ({ page }) => {
  const libraryDir = mkdtempSync(path.join(os.tmpdir(), 'annals-e2e-search-'));
  const app = new AppServer(libraryDir);
  try {
    await app.start();
    const annals = new AnnalsPage(page);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Add sample articles' }).click();
    await expect(annals.toast(/Added \d+ sample articles/)).toBeVisible();

    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Search the library' });
    await expect(field).toBeFocused();
    await field.fill('jammed gate');
    const results = page.getByRole('region', { name: 'Search results' });
    const first = results.getByRole('button').first();
    await expect(first).toContainText('Jammed dam gate');
    await expect(results.locator('mark').first()).toHaveText(/jammed|gate/i);
    await page.screenshot({ path: path.join(test.info().project.outputDir, '..', 'screenshots', 'search.png') });

    await field.fill('"Old Mill Bridge" site:"valley ledger"');
    await expect(results.getByRole('button')).toHaveCount(2);
    await field.fill('"Old Mill Bridge" site:"valley ledger" -steinholt');
    await expect(results.getByRole('button')).toHaveCount(1);
    await expect(results).not.toContainText('Steinholt wins');

    await field.fill('is:sideways');
    await expect(
      page.getByRole('alert').filter({ hasText: 'is:sideways is not something an article can be' }),
    ).toBeVisible();

    await field.fill('frogs streetlights');
    await results.getByRole('button').first().click();
    await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText('Frogs in city ponds');
  } finally {
    await app.stop();
    rmSync(libraryDir, { recursive: true, force: true });
  }
});
