// Long names of a lived-in library (a tag as long as a sentence, a feed titled like a newspaper's masthead): the
// sidebar cuts them with an ellipsis and tells them whole on hover, the list's header gives a title two lines and keeps
// the count on one, and the tag filter is a line of the header, not a framed box (all seen on a library of 1,900).
import { expect, type Locator, type Page, test } from '@playwright/test';
import { generateLibrary } from '../bench/generate-library.ts';
import { colourAt, decodePicture } from './support/pixels.ts';
import { shots, withAnnals } from './support/session.ts';

const LONG_TAG = 'parliamentary-inquiry-into-harbour-redevelopment';
const LONG_FEED =
  'The Northern Ledger — Politics, Parliament and Public Policy from Westminster and the Devolved Assemblies';

const library = {
  name: 'long-names',
  beforeStart: (dir: string) => generateLibrary(dir, 30),
  prepare: async (appUrl: string) => {
    const url = new URL(appUrl);
    const call = (method: string, input: unknown) =>
      fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Annals-Token': url.searchParams.get('token') ?? '' },
        body: JSON.stringify(input),
      }).then((response) => response.json() as Promise<{ ok: boolean; value: { articles: { id: string }[] } }>);
    const { value } = await call('library.list', { view: 'all' });
    await call('article.tag', { ids: value.articles.slice(0, 3).map((article) => article.id), add: [LONG_TAG] });
    await call('feeds.importOpml', {
      xml: `<?xml version="1.0"?><opml version="2.0"><body><outline text="${LONG_FEED}" type="rss" xmlUrl="http://127.0.0.1:9/ledger.xml"/></body></opml>`,
    });
  },
};

/** How the element that holds these words (and nothing else) draws them: cut with an ellipsis, or not. */
function wordsOf(scope: Locator, words: string) {
  return scope.evaluate((root, text) => {
    const holder = [...root.querySelectorAll('*')].find(
      (element) => element.childElementCount === 0 && element.textContent === text,
    ) as HTMLElement;
    const style = getComputedStyle(holder);
    return {
      cut: holder.scrollWidth > holder.clientWidth,
      // An ellipsis is drawn only by a block or inline block that hides its overflow; a flex box cuts the text bare.
      ellipsis: style.textOverflow === 'ellipsis' && style.overflowX === 'hidden' && !style.display.includes('flex'),
      right: holder.getBoundingClientRect().right,
    };
  }, words);
}

const lines = (locator: Locator) =>
  locator.evaluate((element) => {
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight);
    return Math.round(element.getBoundingClientRect().height / lineHeight);
  });

async function showSidebar(page: Page) {
  const show = page.getByRole('button', { name: 'Show the sidebar' });
  if ((await show.count()) > 0) await show.click();
}

test('cuts a long tag with an ellipsis before its count, tells it whole on hover, and filters by it in a plain line', async ({
  page,
}) =>
  withAnnals(page, { ...library, viewport: { width: 1280, height: 900 } }, async () => {
    const tags = page.getByRole('navigation', { name: 'Tags' });
    const tag = tags.getByRole('button', { name: new RegExp(LONG_TAG) });
    await expect(tag).toBeVisible();
    const words = await wordsOf(tag, LONG_TAG);
    expect(words.cut).toBe(true);
    expect(words.ellipsis).toBe(true);
    const count = await tag.locator('.count').boundingBox();
    expect(words.right).toBeLessThanOrEqual(count!.x);
    expect(await tag.getAttribute('title')).toContain(LONG_TAG);

    await tag.click();
    const filter = page.getByRole('group', { name: 'Tagged' });
    await expect(filter).toBeVisible();
    expect(await filter.evaluate((group) => getComputedStyle(group).borderTopStyle)).toBe('none');
    expect(await lines(filter)).toBe(1);
  }));

test('gives a long feed title two lines of the header at 720 px, the count one line, and the whole title on hover', async ({
  page,
}) =>
  withAnnals(page, { ...library, viewport: { width: 720, height: 900 } }, async () => {
    await showSidebar(page);
    const feeds = page.getByRole('navigation', { name: 'Feeds' });
    const feed = feeds.getByRole('button', { name: /^(Last refresh failed )?The Northern Ledger/ });
    expect(await feed.getAttribute('title')).toContain(LONG_FEED);
    await feed.click();
    const title = page.getByRole('heading', { level: 2, name: /The Northern Ledger/ });
    await expect(title).toBeVisible();
    expect(await title.getAttribute('title')).toBe(LONG_FEED);
    expect(await lines(title)).toBeLessThanOrEqual(2);
    expect(await lines(page.getByText(/^(\d+ unread of )?\d+ articles?$/))).toBe(1);
  }));

/** The colours of a picture of the page at some points of it (x, y in the picture), as "r,g,b". */
async function coloursAt(page: Page, picture: Buffer, points: { x: number; y: number }[]): Promise<string[]> {
  const pixels = await decodePicture(page, picture);
  return points.map((point) => colourAt(pixels, point));
}

test('marks a chosen feed with a long name across its whole row, its "…" button included', async ({ page }) =>
  withAnnals(page, { ...library, viewport: { width: 1280, height: 900 } }, async ({ annals }) => {
    const row = annals.feedRow(LONG_FEED);
    const feed = row.getByRole('button', { name: /^(Last refresh failed )?The Northern Ledger/ });
    const settings = row.getByRole('button', { name: `Settings of ${LONG_FEED}` });
    expect((await wordsOf(feed, LONG_FEED)).cut).toBe(true);
    await feed.click();
    await expect(feed).toHaveAttribute('aria-pressed', 'true');
    // Away from the pointer, which would draw the hover's colour instead of the selection's.
    await page.mouse.move(900, 600);
    // Measured and pictured again until the sidebar stands still: a box taken while it still moved (the list of 1,900
    // loading beside it) once pictured the sidebar's ground beside the row.
    await expect(async () => {
      const rowBox = (await row.boundingBox())!;
      const feedBox = (await feed.boundingBox())!;
      const settingsBox = (await settings.boundingBox())!;
      const picture = await page.screenshot({ clip: rowBox });
      await page.screenshot({ path: shots('long-feed-chosen.png'), clip: rowBox });
      const middle = rowBox.height / 2;
      const [name, gap, dots, sidebar] = await coloursAt(page, picture, [
        // Inside the feed's button, left of its icon; between the button and "…"; in "…", right of its three dots.
        { x: feedBox.x - rowBox.x + 3, y: middle },
        { x: (feedBox.x + feedBox.width + settingsBox.x) / 2 - rowBox.x, y: middle },
        { x: settingsBox.x + settingsBox.width - 4 - rowBox.x, y: middle },
        // Outside the row: the sidebar's own ground.
        { x: 1, y: 1 },
      ]);
      expect(name, 'the chosen feed is marked').not.toBe(sidebar);
      expect(gap, 'the mark goes on past the name').toBe(name);
      expect(dots, 'the mark takes in the "…" button').toBe(name);
    }).toPass({ timeout: 10_000 });
  }));
