// Details a UI review found: the settings open at their top with a table of contents, the palette marks the
// current theme, Ctrl+K works from a text field, and empty views offer only what can be used.
import { expect, test } from '@playwright/test';
import { shots, withAnnals } from './support/session.ts';

test('opens the settings at their top, with links that bring each section into view', async ({ page }) =>
  withAnnals(page, { name: 'settings-top', viewport: { width: 800, height: 640 } }, async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).first().click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings.getByRole('heading', { name: 'Appearance' })).toBeInViewport();
    expect(await settings.evaluate((dialog) => dialog.scrollTop)).toBe(0);
    const contents = settings.getByRole('navigation', { name: 'Settings sections' });
    for (const name of ['Appearance', 'Save from browser', 'Feeds', 'Network', 'Library', 'Sync']) {
      await expect(contents.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await page.screenshot({ path: shots('settings-top.png') });

    await contents.getByRole('button', { name: 'Sync', exact: true }).click();
    await expect(settings.getByRole('heading', { name: 'Sync', exact: true })).toBeInViewport({ ratio: 1 });
    await expect(settings.getByRole('heading', { name: 'Settings' })).toBeInViewport();
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Settings', exact: true }).first().click();
    await expect(settings.getByRole('heading', { name: 'Appearance' })).toBeInViewport();
  }));
