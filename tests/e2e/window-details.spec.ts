// Details found in a review at 720 to 2560 px: the search box's hint is whole at every width (its syntax
// is in the keyboard help), the Highlights view keeps its filters and place while an article opened from
// it is read, and a long story's cut name in a narrow reader sits right against "· n more articles".
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { prepareLibrary, READ_TITLE } from './support/tour.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  { name: 'window-details', web: true, viewport: { width: 1440, height: 900 }, prepare: prepareLibrary },
  async (session) => {
    ({ page, annals } = session);
    await annals.dismissToasts();
  },
);

interface Listed {
  id: string;
  title: string;
}

test('shows the search box hint whole at every width, and its syntax in the keyboard help', async () => {
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  for (const width of [720, 800, 1024, 1440, 2560]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(search).toBeVisible();
    const { hint, room } = await search.evaluate((field: HTMLInputElement) => {
      const style = getComputedStyle(field);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      return {
        hint: context.measureText(field.placeholder).width,
        room: field.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight),
      };
    });
    expect(hint, `the hint at ${width} px`).toBeLessThanOrEqual(room);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const syntax = help.getByRole('region', { name: 'Search syntax' });
  await expect(syntax).toContainText('tag:');
  await expect(syntax).toContainText('site:');
  await expect(syntax).toContainText('is:unread');
  await expect(syntax).toContainText('"dam gate"');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
