// A library of thousands: only the rows in view are in the page, and the keyboard reaches any of them.
import { expect, test } from '@playwright/test';
import { generateLibrary } from '../bench/generate-library.ts';
import { withAnnals } from './support/session.ts';
import { resizeWindow } from './support/window.ts';

const COUNT = 3_000;
/**
 * The list's header ("1,165 unread of 3,000 articles"), written as the window's locale does (Playwright's Chromium
 * speaks en-US), and not the progress of finding events ("0 of 3,000 articles read…").
 */
const COUNTED = /\b3,000 articles$/;
const generated = { name: 'large', beforeStart: (libraryDir: string) => generateLibrary(libraryDir, COUNT) };

test('lists 3,000 articles with a few dozen rows in the page, and reaches the last one by key', async ({ page }) =>
  withAnnals(page, generated, async ({ annals }) => {
    await annals.view('All articles').click();
    await expect(page.getByText(COUNTED)).toBeVisible();
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

// What a scroll costs is the rows coming into view and nothing else: no request to the server (a refetch of
// the library is thousands of articles parsed in the middle of a scroll) but the few bytes that tell the core the
// reader scrolls (so that its work of the start waits), at most every quarter second, and each row added to the
// page once as it enters, the rows already there left as they are. Counted, not timed (issue 12).
test('scrolling the list of 3,000 asks the server nothing, tells it the reader scrolls, and adds each row once as it comes into view', async ({
  page,
}) =>
  withAnnals(page, generated, async ({ annals }) => {
    await annals.view('All articles').click();
    await expect(page.getByText(COUNTED)).toBeVisible();
    const requests: string[] = [];
    let scrollReports = 0;
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/api/app.readerActive') scrollReports++;
      // The sidebar's stories grow while the library's events are found in the background (this library has none
      // stored): that small list may be read again. The articles, thousands of them, must not be.
      else if (pathname.startsWith('/api/') && pathname !== '/api/stories.list') requests.push(request.url());
    });
    const firstRow = annals.list.locator('[aria-posinset="2"]');
    await firstRow.evaluate((row) => {
      (window as unknown as { keptRow: Element }).keptRow = row;
    });
    // 60 frames of 200 px: about a hundred rows scroll past.
    const scrolled = await annals.list.evaluate(
      (list) =>
        new Promise<{ added: number; keptRowStayed: boolean; distance: number; ms: number }>((resolve) => {
          const started = performance.now();
          let added = 0;
          const observer = new MutationObserver((records) => {
            for (const record of records) {
              for (const node of record.addedNodes) if ((node as Element).getAttribute?.('role') === 'option') added++;
            }
          });
          observer.observe(list, { childList: true, subtree: true });
          const kept = (window as unknown as { keptRow: Element }).keptRow;
          let keptRowStayed = true;
          let frames = 0;
          const tick = () => {
            // Still in view after a frame of 200 px: the same element, not a new one drawn in its place.
            if (frames === 1) keptRowStayed = kept.isConnected;
            list.scrollTop += 200;
            if (++frames < 60) requestAnimationFrame(tick);
            else
              requestAnimationFrame(() => {
                observer.disconnect();
                resolve({ added, keptRowStayed, distance: list.scrollTop, ms: performance.now() - started });
              });
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(scrolled.keptRowStayed, 'a row still in view stays the same element').toBe(true);
    // Rows are at least 90 px tall: no more rows came in than the distance holds, plus the overscan.
    expect(scrolled.added).toBeGreaterThan(0);
    expect(scrolled.added).toBeLessThanOrEqual(Math.ceil(scrolled.distance / 90) + 12);
    expect(requests, 'requests made while scrolling').toEqual([]);
    // One report as the scroll starts, then at most one a quarter second of the time the scroll took.
    expect(scrollReports).toBeGreaterThanOrEqual(1);
    expect(scrollReports).toBeLessThanOrEqual(Math.floor(scrolled.ms / 250) + 1);
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
    await expect(page.getByText(COUNTED)).toBeVisible();
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
    await resizeWindow(page, { width: 1280, height: 600 });
    const contentsLayer = async (selector: string) => {
      const height: number = await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).scrollHeight`);
      expect(height, `${selector} scrolls`).toBeGreaterThan(900);
      return (await layerSizes(page, selector)).some((layer) => Math.abs(layer.height - height) <= 2);
    };

    await annals.view('All articles').click();
    await expect(page.getByText(COUNTED)).toBeVisible();
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
