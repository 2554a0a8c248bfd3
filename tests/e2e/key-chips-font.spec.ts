// Key chips are drawn in the monospace face Annals ships, the same on every system (the system's own differs by OS,
// and some draw l, I and 1 alike), and only its Latin file is fetched for them.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { setTheme } from './support/tour.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'key-chips-font', viewport: { width: 1280, height: 820 } }, async (session) => {
  ({ page, annals } = session);
});

/** The state of the bundled monospace face in the page: loaded once something drawn in it is on screen. */
const monoFaceStatus = () =>
  page.evaluate(() => [...document.fonts].find((face) => face.family.replace(/"/g, '') === 'Annals Mono')?.status);

for (const theme of ['light', 'dark'] as const) {
  test(`draws the key chips of Keyboard shortcuts in the bundled monospace face (${theme})`, async () => {
    await setTheme(annals, theme);
    const fontFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fontFiles.push(request.url());
    });
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    const chip = dialog.locator('kbd').first();
    await expect(chip).toBeVisible();
    expect(await chip.evaluate((kbd) => getComputedStyle(kbd).fontFamily)).toMatch(/^"Annals Mono"/);
    await expect.poll(monoFaceStatus).toBe('loaded');
    // Only the Latin file of the face: key names need nothing else.
    expect(
      fontFiles.filter((url) => /jetbrains/i.test(url)).every((url) => /jetbrains-mono-latin-wght/.test(url)),
    ).toBe(true);
    await page.screenshot({ path: shots(`key-chips-font-${theme}.png`) });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
}
