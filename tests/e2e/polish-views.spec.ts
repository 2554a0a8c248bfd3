// Views a demanding reader looked at closely, at 720, 1280 and 2560 px in the light, dark and sepia themes:
// search results in the header's column, long story names in the sidebar, an empty library's Favorites and
// a timeline that could not be loaded. Pictures in test-results/screenshots/polish-<view>-<theme>-<width>.png.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { failTimeline } from './support/failing-api.ts';
import { shots, useSharedSession, withAnnals } from './support/session.ts';
import { callApi, setTheme, themes } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

const widths = [720, 1280, 2560] as const;
const LONG_STORY =
  'Kellbridge’s closed bridge, the ferry pontoon, the jammed Sollen Dam gate and who pays for the Old Mill Bridge repairs';

let page: Page;
let annals: AnnalsPage;

test.describe('with the sample library', () => {
  useSharedSession(
    {
      name: 'polish-views',
      viewport: { width: 1280, height: 860 },
      prepare: async (appUrl) => {
        await callApi(appUrl, 'sample.install', {});
      },
    },
    async (session) => {
      ({ page, annals } = session);
    },
  );

  test('lines search result titles up with the header’s left edge at every width', async () => {
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('bridge');
    const results = page.getByRole('region', { name: 'Search results' });
    const firstTitle = results.getByRole('listitem').first().getByRole('button').locator('span').first();
    await expect(firstTitle).toBeVisible();
    for (const theme of themes) {
      await setTheme(annals, theme);
      for (const width of widths) {
        await resizeWindow(page, { width, height: 860 });
        // Both measured together and polled: at narrow widths the sidebar folds to its rail after the resize.
        const offset = async () => {
          const heading = (await page.getByRole('heading', { name: 'Search results' }).boundingBox())!;
          const title = (await firstTitle.boundingBox())!;
          return Math.abs(title.x - heading.x);
        };
        await expect.poll(offset, { message: `title against heading at ${width} px` }).toBeLessThanOrEqual(1);
        await page.mouse.move(width - 4, 4);
        await page.screenshot({ path: shots(`polish-search-${theme}-${width}.png`) });
      }
    }
    await setTheme(annals, 'light');
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('');
  });

  test('shows a long story name on two lines, whole on hover, and names the row by it', async () => {
    let stories: { id: string }[] = [];
    await expect
      .poll(
        async () => {
          ({ stories } = await annals.call<{ stories: { id: string }[] }>('stories.list', { minArticles: 2 }));
          return stories.length;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    await annals.call('stories.rename', { storyId: stories[0]!.id, title: LONG_STORY });
    for (const theme of themes) {
      await setTheme(annals, theme);
      for (const width of widths) {
        await resizeWindow(page, { width, height: 860 });
        if (width < 1000) await page.getByRole('button', { name: 'Show the sidebar' }).click();
        const row = page.getByRole('navigation', { name: 'Stories' }).getByRole('button', { name: / articles$/ });
        await expect(row).toHaveAccessibleName(new RegExp(`^${LONG_STORY} \\d+ articles$`));
        const lines = await row.evaluate((button) => {
          const name = button.firstElementChild as HTMLElement;
          return name.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(name).lineHeight);
        });
        expect(Math.round(lines), `lines of the story's name at ${width} px`).toBe(2);
        await row.hover();
        await expect(page.getByRole('tooltip')).toContainText(LONG_STORY);
        await page.screenshot({ path: shots(`polish-story-${theme}-${width}.png`) });
        await page.mouse.move(width - 4, 4);
        if (width < 1000) await page.getByRole('button', { name: 'Hide the sidebar' }).click();
      }
    }
    await setTheme(annals, 'light');
  });

  test('says in two sentences why the timeline could not be loaded, with Retry', async () => {
    const letThrough = await failTimeline(page);
    await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'Timeline' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The timeline could not be loaded.' });
    await expect(alert).toHaveText(/The timeline could not be loaded\. The stored events could not be read\.$/);
    // The banner: the alert's sentences and, beside them, Retry (outside the alert, so "Retrying…" is not read again).
    const banner = alert.locator('..');
    for (const theme of themes) {
      await setTheme(annals, theme);
      for (const width of widths) {
        await resizeWindow(page, { width, height: 700 });
        // In the header's column, as wide as it, at every width. Measured together and polled: at narrow widths the
        // sidebar folds to its rail after the resize, moving the whole column while the measures are taken.
        const offsets = async () => {
          const heading = (await page.getByRole('heading', { name: 'Timeline', level: 2 }).boundingBox())!;
          const toolbarEnd = await page
            .getByRole('main', { name: 'Timeline' })
            .locator('header')
            .evaluate(
              (header) =>
                header.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(header).paddingRight),
            );
          const box = (await banner.boundingBox())!;
          return { left: Math.abs(box.x - heading.x), right: Math.abs(box.x + box.width - toolbarEnd) };
        };
        await expect
          .poll(async () => (await offsets()).left, { message: `banner's left at ${width} px` })
          .toBeLessThanOrEqual(1);
        await expect
          .poll(async () => (await offsets()).right, { message: `banner's right at ${width} px` })
          .toBeLessThanOrEqual(1);
        await page.screenshot({ path: shots(`polish-timeline-failed-${theme}-${width}.png`) });
      }
    }
    await letThrough();
    await banner.getByRole('button', { name: 'Retry' }).click();
    // The banner stays, Retry at work, until the timeline has been put together: slow on a busy machine.
    await expect(alert).toHaveCount(0, { timeout: 60_000 });
    await setTheme(annals, 'light');
  });
});

test('tells an empty library’s Favorites how to save a first article, with a readable disabled Save', async ({
  page: own,
}) =>
  withAnnals(own, { name: 'polish-empty', viewport: { width: 1280, height: 800 } }, async ({ annals: empty }) => {
    const start = own.getByRole('button', { name: 'Start with an empty library' });
    if (await start.isVisible()) await start.click();
    await empty.view('Favorites').click();
    const favorites = own.getByRole('region', { name: 'No favorites yet' });
    await expect(favorites).toContainText('Paste a link in the field above to save your first one');
    await expect(own.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    for (const theme of themes) {
      await setTheme(empty, theme);
      for (const width of widths) {
        await resizeWindow(own, { width, height: 800 });
        await own.mouse.move(width - 4, 4);
        await own.screenshot({ path: shots(`polish-empty-favorites-${theme}-${width}.png`) });
      }
    }
  }));
