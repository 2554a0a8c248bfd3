// A new reader's first look: the welcome screen of an empty library, and the views that have nothing to show
// yet (no favourite, nothing archived, no highlight, no timeline), in each theme, written to
// test-results/screenshots/empty-<view>-<theme>-<width>.png to be looked at. ANNALS_SHOT_WIDTHS picks widths.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { setTheme, themes } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

const widths = process.env.ANNALS_SHOT_WIDTHS?.split(',').map(Number) ?? [1280];
const HEIGHT = 900;

let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'empty-screens', viewport: { width: 1280, height: HEIGHT } }, async (session) => {
  ({ page, annals } = session);
});

/** Each place a new reader can go before saving anything, and what it must say. */
const places: { name: string; open(): Promise<void> }[] = [
  { name: 'welcome', open: () => annals.view('Inbox').click() },
  { name: 'favorites', open: () => annals.view('Favorites').click() },
  { name: 'archive', open: () => annals.view('Archive').click() },
  {
    name: 'highlights',
    open: () =>
      page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'Highlights' }).click(),
  },
  {
    name: 'timeline',
    open: () =>
      page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'Timeline' }).click(),
  },
];

for (const theme of themes) {
  for (const width of widths) {
    test(`shows an empty library's views in the ${theme} theme at ${width} px`, async () => {
      await resizeWindow(page, { width, height: HEIGHT });
      await setTheme(annals, theme);
      const show = page.getByRole('button', { name: 'Show the sidebar' });
      for (const place of places) {
        if ((await show.count()) > 0) await show.click();
        await place.open();
        if ((await page.getByRole('button', { name: 'Hide the sidebar' }).count()) > 0 && width < 900)
          await page.getByRole('button', { name: 'Hide the sidebar' }).click();
        await expect(page.getByRole('main').first()).toBeVisible();
        await page.mouse.move(width - 2, HEIGHT - 2);
        await page.screenshot({ path: shots(`empty-${place.name}-${theme}-${width}.png`), animations: 'disabled' });
      }
    });
  }
}
