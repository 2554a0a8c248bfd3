// A library of forty stories, as saving leaves it (each article's events stored, ten articles to a story): the
// sidebar lists the thirty most recently active and offers the rest behind one button (issue 12). Pictures at
// 1440 and 800 px in test-results/screenshots/sidebar-stories-<width>.png.
import { expect, test } from '@playwright/test';
import { generateLibrary } from '../bench/generate-library.ts';
import { shots, withAnnals } from './support/session.ts';

const generated = {
  name: 'sidebar-stories',
  beforeStart: (libraryDir: string) => generateLibrary(libraryDir, 400, 7, { events: true }),
};

for (const width of [1440, 800]) {
  test(`lists thirty of forty stories in the sidebar with a button for all of them and back, at ${width} px`, async ({
    page,
  }) =>
    withAnnals(page, { ...generated, viewport: { width, height: 900 } }, async ({ annals }) => {
      // A narrow window keeps the sidebar behind a toggle.
      if (width < 1000) await page.getByRole('button', { name: 'Show the sidebar' }).click();
      const stories = page.getByRole('navigation', { name: 'Stories' });
      const all = stories.getByRole('button', { name: 'All 40 stories' });
      await all.scrollIntoViewIfNeeded();
      await expect(all).toBeVisible();
      await expect(stories.getByRole('button', { name: / 10 articles$/ })).toHaveCount(30);
      await annals.dismissToasts();
      // The pointer rests on the header's margin, so no row is hovered in the picture.
      await page.mouse.move(width - 4, 4);
      await page.screenshot({ path: shots(`sidebar-stories-${width}.png`), animations: 'disabled' });

      await all.click();
      await expect(stories.getByRole('button', { name: / 10 articles$/ })).toHaveCount(40);
      await expect(stories.getByRole('button', { name: /^All \d+ stories$/ })).toHaveCount(0);
      // The same button folds the list back, from the keyboard too: the focus stays on it.
      const fewer = stories.getByRole('button', { name: 'Show fewer stories' });
      await expect(fewer).toBeFocused();
      await expect(fewer).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Enter');
      await expect(stories.getByRole('button', { name: / 10 articles$/ })).toHaveCount(30);
      await expect(stories.getByRole('button', { name: 'All 40 stories' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(stories.getByRole('button', { name: / 10 articles$/ })).toHaveCount(40);
      // Every story is a way to its timeline, the last one too: its title heads the timeline.
      const last = stories.getByRole('button', { name: / 10 articles$/ }).last();
      const title = (await last.locator('.story-name').textContent()) ?? '';
      await last.click();
      await expect(page.getByRole('main', { name: title })).toBeVisible();
    }));
}
