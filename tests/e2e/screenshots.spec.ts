// Every view and dialog at 1440, 800 and 720 px wide in the light, dark and sepia themes, written to
// test-results/screenshots/<view>-<theme>-<width>.png to be looked at (and to refresh the README's).
import { type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { leave, prepareLibrary, setTheme, stops, themes } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

/** ANNALS_SHOT_WIDTHS=720,1280,2560 takes those widths instead (a look at a wide screen, say). */
const widths = process.env.ANNALS_SHOT_WIDTHS?.split(',').map(Number) ?? [1440, 800, 720];
/** ANNALS_SHOTS=story,settings-sync takes only those views (to look again at what was just changed). */
const only = process.env.ANNALS_SHOTS?.split(',').map((name) => name.trim());
const shown = only ? stops.filter((stop) => only.includes(stop.name)) : stops;
const HEIGHT = 900;

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'screens',
    web: true,
    viewport: { width: widths[0] ?? 1440, height: HEIGHT },
    prepare: prepareLibrary,
  },
  async (session) => {
    ({ page, annals } = session);
    await annals.dismissToasts();
  },
);

for (const theme of themes) {
  for (const width of widths) {
    test(`shows every view in the ${theme} theme at ${width} px`, async () => {
      test.setTimeout(360_000);
      await resizeWindow(page, { width, height: HEIGHT });
      await setTheme(annals, theme);
      await annals.dismissToasts();
      for (const stop of shown) {
        await stop.open(annals);
        // The pointer rests away from every control, so no hover or tooltip is in the picture.
        await page.mouse.move(width - 2, HEIGHT - 2);
        await page.screenshot({ path: shots(`${stop.name}-${theme}-${width}.png`), animations: 'disabled' });
        await leave(annals, stop);
      }
    });
  }
}
