// States between a view's asking and its answer, looked at closely at 720, 1280 and 2560 px in the light, dark and
// sepia themes: a timeline that could not be loaded (nothing offered that cannot work, Retry at work), a timeline
// still loading (in the header's column), and Highlights before its highlights arrive (the header does not jump;
// the filters are shown disabled, readable and plainly so). Pictures in test-results/screenshots/states-*.png.
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { failTimeline } from './support/failing-api.ts';
import { holdApi } from './support/held-api.ts';
import { shots, useSharedSession } from './support/session.ts';
import { callApi, setTheme, themes } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

const widths = [720, 1280, 2560] as const;

let page: Page;
let annals: AnnalsPage;

/** Where a box's left edge is against the view's heading; polled, as at 720 px the sidebar folds after a resize. */
async function expectInColumn(heading: Locator, element: Locator, what: string): Promise<void> {
  const offset = async () => {
    const [a, b] = [await heading.boundingBox(), await element.boundingBox()];
    return a && b ? Math.abs(a.x - b.x) : Number.POSITIVE_INFINITY;
  };
  await expect.poll(offset, { message: what }).toBeLessThanOrEqual(1);
}

/** WCAG contrast of an element's (or its placeholder's) words against its own background. */
async function contrastOf(field: Locator, pseudo = ''): Promise<number> {
  return field.evaluate((element, part) => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const fg = luminance(getComputedStyle(element, part || null).color);
    const bg = luminance(getComputedStyle(element).backgroundColor);
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  }, pseudo);
}

const looks = (field: Locator) =>
  field.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.backgroundColor} ${style.borderTopColor} ${style.color}`;
  });

useSharedSession(
  {
    name: 'polish-states',
    viewport: { width: 1280, height: 860 },
    prepare: async (appUrl) => {
      await callApi(appUrl, 'sample.install', {});
      const { articles } = (await callApi(appUrl, 'library.list', { view: 'all' })) as { articles: { id: string }[] };
      for (const [index, article] of articles.slice(0, 3).entries()) {
        await callApi(appUrl, 'annotations.create', {
          kind: 'highlight',
          articleId: article.id,
          range: { start: 0, end: 40 },
          tags: [['infrastructure and public works', 'follow-up', 'quotes'][index]],
        });
      }
    },
  },
  async (session) => {
    ({ page, annals } = session);
  },
);

test('offers nothing that cannot work while the timeline could not be loaded, and shows Retry at work', async () => {
  const letThrough = await failTimeline(page);
  await annals.runCommand('Go to the timeline');
  const alert = page.getByRole('alert').filter({ hasText: 'The timeline could not be loaded.' });
  await expect(alert).toBeVisible();
  // The banner: the alert's sentences and, beside them, Retry (outside the alert, so "Retrying…" is not read again).
  const banner = alert.locator('..');
  const toolbar = page.getByRole('toolbar', { name: 'Timeline' });
  // "Show hidden" stays offered: it changes what is asked, the way back when turning it on is what failed.
  await expect(toolbar.getByRole('checkbox', { name: 'Show hidden' })).toBeEnabled();
  for (const control of [
    toolbar.getByRole('button', { name: 'Export' }),
    toolbar.getByRole('button', { name: 'Months' }),
    toolbar.getByRole('button', { name: 'By story' }),
  ]) {
    await expect(control).toBeDisabled();
  }
  for (const theme of themes) {
    await setTheme(annals, theme);
    for (const width of widths) {
      await resizeWindow(page, { width, height: 700 });
      await expectInColumn(page.getByRole('heading', { name: 'Timeline', level: 2 }), banner, `banner at ${width} px`);
      await page.mouse.move(width - 4, 4);
      await page.screenshot({ path: shots(`states-timeline-failed-${theme}-${width}.png`) });
    }
  }
  await setTheme(annals, 'light');
  await resizeWindow(page, { width: 1280, height: 700 });
  await letThrough();
  const release = await holdApi(page, 'timeline.get');
  await banner.getByRole('button', { name: 'Retry' }).click();
  const retrying = banner.getByRole('button', { name: 'Retrying…' });
  await expect(retrying).toHaveAttribute('aria-busy', 'true');
  await expect(retrying).toHaveAttribute('aria-disabled', 'true');
  await expect(retrying).toBeFocused();
  await expect(toolbar.getByRole('button', { name: 'Export' })).toBeDisabled();
  await page.screenshot({ path: shots('states-timeline-retrying-light-1280.png') });
  await release();
  // The sample library's timeline takes a while to put together on a busy machine.
  await expect(alert).toHaveCount(0, { timeout: 60_000 });
  await expect(toolbar.getByRole('button', { name: 'Export' })).toBeEnabled();
});

test('says “Loading the timeline” in the header’s column at every width', async () => {
  await annals.runCommand('Go to all highlights and notes');
  await expect(page.getByRole('heading', { name: 'Highlights and notes' })).toBeVisible();
  const release = await holdApi(page, 'timeline.get');
  // A fresh page has nothing in hand: the timeline has to load.
  await page.reload();
  await annals.runCommand('Go to the timeline');
  const loading = page.getByText(/^Loading the timeline/);
  await expect(loading).toBeVisible();
  for (const theme of themes) {
    await setTheme(annals, theme);
    for (const width of widths) {
      await resizeWindow(page, { width, height: 700 });
      await expectInColumn(
        page.getByRole('heading', { name: 'Timeline', level: 2 }),
        loading,
        `loading words at ${width} px`,
      );
      await page.mouse.move(width - 4, 4);
      await page.screenshot({ path: shots(`states-timeline-loading-${theme}-${width}.png`) });
    }
  }
  await setTheme(annals, 'light');
  await release();
  await expect(loading).toHaveCount(0, { timeout: 60_000 });
});

test('keeps the Highlights header still when the highlights arrive, its filters shown disabled meanwhile', async () => {
  const pane = page.getByRole('main', { name: 'Highlights and notes' });
  const header = pane.locator('header');
  const search = pane.getByRole('searchbox', { name: 'Search highlights and notes' });
  for (const width of widths) {
    await resizeWindow(page, { width, height: 800 });
    const release = await holdApi(page, 'annotations.list');
    await page.reload();
    await annals.runCommand('Go to all highlights and notes');
    await expect(pane.getByRole('status')).toHaveText('Loading the highlights…');
    await expect(search).toBeDisabled();
    // Measured once the window has settled (at 720 px the sidebar folds to its rail after the resize).
    let before = await header.boundingBox();
    await expect
      .poll(async () => {
        const now = await header.boundingBox();
        const same = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return same;
      })
      .toBe(true);
    for (const theme of width === 1280 ? themes : (['light'] as const)) {
      await setTheme(annals, theme);
      // The words of a disabled field stay readable: 3:1 on its face, as a disabled button's do.
      expect(await contrastOf(search, '::placeholder'), `${theme} search placeholder`).toBeGreaterThanOrEqual(3);
      expect(await contrastOf(pane.getByRole('combobox', { name: 'Tag' })), `${theme} Tag`).toBeGreaterThanOrEqual(3);
      await page.mouse.move(width - 4, 4);
      await page.screenshot({ path: shots(`states-highlights-loading-${theme}-${width}.png`) });
    }
    // Drawn as a disabled button is: the same face and the same dimmed words (Export… waits too).
    const exportButton = pane.getByRole('button', { name: 'Export…' });
    await expect(exportButton).toBeDisabled();
    const disabledLook = await looks(search);
    const face = (element: Locator) =>
      element.evaluate((node) => `${getComputedStyle(node).backgroundColor} ${getComputedStyle(node).color}`);
    expect(await face(search), 'a disabled field against a disabled button').toBe(await face(exportButton));
    await release();
    await expect(search).toBeEnabled();
    expect(await looks(search), 'a disabled field looks unlike an enabled one').not.toBe(disabledLook);
    expect(await header.boundingBox(), `header at ${width} px`).toEqual(before);
    await page.screenshot({ path: shots(`states-highlights-loaded-light-${width}.png`) });
    await setTheme(annals, 'light');
  }
});
