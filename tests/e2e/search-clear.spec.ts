// The × that empties a search field was the browser's own, in its blue, in the light and sepia themes: the one colour
// on the page outside the theme. It is drawn in the theme's muted ink now, in every theme.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { decodePicture } from './support/pixels.ts';
import { shots, useSharedSession } from './support/session.ts';
import { setTheme, themes } from './support/tour.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'search-clear', viewport: { width: 1280, height: 720 } }, async (session) => {
  ({ page, annals } = session);
});

/** How far the bluest pixel of a picture leans to blue: its blue over the larger of its red and green. */
async function blueLean(picture: Buffer): Promise<number> {
  const { rgba } = await decodePicture(page, picture);
  let lean = 0;
  for (let index = 0; index < rgba.length; index += 4) {
    lean = Math.max(lean, rgba[index + 2]! - Math.max(rgba[index]!, rgba[index + 1]!));
  }
  return lean;
}

test('draws the search field’s clear button in the theme’s colours, not the browser’s blue', async () => {
  const field = page.getByRole('searchbox', { name: 'Search the library' });
  for (const theme of themes) {
    await setTheme(annals, theme);
    await field.fill('bridge');
    await expect(field).toHaveValue('bridge');
    const box = (await field.boundingBox())!;
    // The field's right end, where the × sits, inside its border and focus ring.
    const clip = { x: box.x + box.width - 40, y: box.y + 4, width: 36, height: box.height - 8 };
    const picture = await page.screenshot({ clip });
    await page.screenshot({ path: shots(`search-clear-${theme}.png`), clip });
    expect(await blueLean(picture), `the bluest pixel of the × in ${theme}`).toBeLessThan(24);
    await field.press('Escape');
    await expect(field).toHaveValue('');
  }
});
