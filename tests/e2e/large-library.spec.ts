// A library of thousands: only the rows in view are in the page, and the keyboard reaches any of them.
import { expect, test } from '@playwright/test';
import { generateLibrary } from '../bench/generate-library.ts';
import { withAnnals } from './support/session.ts';

const COUNT = 3_000;
const generated = { name: 'large', beforeStart: (libraryDir: string) => generateLibrary(libraryDir, COUNT) };

test('lists 3,000 articles with a few dozen rows in the page, and reaches the last one by key', async ({ page }) =>
  withAnnals(page, generated, async ({ annals }) => {
    await annals.view('All articles').click();
    await expect(page.getByText(`${COUNT} articles`)).toBeVisible();
    const rows = annals.list.getByRole('option');
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));
    expect(await rows.count()).toBeLessThan(60);

    await annals.list.focus();
    await page.keyboard.press('End');
    const last = annals.list.locator(`[aria-posinset="${COUNT}"]`);
    await expect(last).toBeVisible();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    expect(await rows.count()).toBeLessThan(60);

    await page.keyboard.press('Home');
    await expect(annals.list.locator('[aria-posinset="1"]')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(annals.reader.getByRole('heading', { level: 1 })).toBeVisible();
  }));
