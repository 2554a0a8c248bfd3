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

/** The sizes of the page's compositor layers, as Chromium reports them after the next frame of a scroll. */
async function layerSizes(
  page: import('@playwright/test').Page,
  scroller = '[role="listbox"]',
): Promise<{ width: number; height: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  const changed = new Promise<{ layers?: { width: number; height: number }[] }>((resolve) =>
    cdp.once('LayerTree.layerTreeDidChange', resolve),
  );
  await cdp.send('LayerTree.enable');
  await page.evaluate(`document.querySelector(${JSON.stringify(scroller)}).scrollTop += 220`);
  const { layers = [] } = await changed;
  await cdp.detach();
  return layers;
}

// A list scrolled without a layer of its own repaints every row in view on every frame: a stutter at reading
// speed on a computer without a fast GPU. Keyboard focus on the list must not cost it that layer.
test('the list of 3,000 scrolls as one layer, also while it has the keyboard focus ring', async ({ page }) =>
  withAnnals(page, generated, async ({ annals }) => {
    await annals.view('All articles').click();
    await expect(page.getByText(`${COUNT} articles`)).toBeVisible();
    const viewport = page.viewportSize()!;
    const rowsLayer = (layers: { height: number }[]) => layers.some((layer) => layer.height > 10 * viewport.height);
    expect(rowsLayer(await layerSizes(page)), 'the rows have a layer of their own').toBe(true);

    await annals.list.focus();
    await page.keyboard.press('j');
    expect(await annals.list.evaluate((list) => list.matches(':focus-visible'))).toBe(true);
    expect(rowsLayer(await layerSizes(page)), 'the rows keep their layer with the focus ring shown').toBe(true);
  }));

// The same for the other long scrollers: an article being read and a page of search results.
test('scrolls an open article and the search results as layers of their own', async ({ page }) =>
  withAnnals(page, generated, async ({ annals }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 600 });
    const contentsLayer = async (selector: string) => {
      const height: number = await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).scrollHeight`);
      expect(height, `${selector} scrolls`).toBeGreaterThan(900);
      return (await layerSizes(page, selector)).some((layer) => Math.abs(layer.height - height) <= 2);
    };

    await annals.view('All articles').click();
    await expect(page.getByText(`${COUNT} articles`)).toBeVisible();
    await annals.list.getByRole('option').first().click();
    await expect(page.frameLocator('iframe[title="Article text"]').locator('p').first()).toBeVisible({
      timeout: 60_000,
    });
    expect(await contentsLayer('.reader-scroll'), 'the article has a layer of its own').toBe(true);

    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('council');
    await expect(page.getByRole('region', { name: 'Search results' }).getByRole('button').nth(8)).toBeVisible({
      timeout: 60_000,
    });
    expect(await contentsLayer('.search-results'), 'the search results have a layer of their own').toBe(true);
  }));
