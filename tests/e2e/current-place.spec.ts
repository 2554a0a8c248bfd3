// The sidebar marks where the reader is, however they got there. "Go to feed…" run from All articles left the focus
// ring (and so the look of the current entry) on All articles, with the feed chosen out of sight below the stories
// and 40 feeds; "Go to tag…" kept All articles marked current beside the tag. Seen on a lived-in library of 1,984.
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { feedName } from './support/busy-library.ts';
import { useSharedSession } from './support/session.ts';
import { callApi } from './support/tour.ts';

const FEED_COUNT = 40;
const TAG_COUNT = 40;

/** The sample, 40 tags and 40 feeds (at an address nothing answers on), set up through the API: a lived-in sidebar. */
async function livedInSidebar(appUrl: string) {
  await callApi(appUrl, 'sample.install', {});
  const { articles } = (await callApi(appUrl, 'library.list', { view: 'all' })) as { articles: { id: string }[] };
  const tags = Array.from({ length: TAG_COUNT }, (_, n) => `topic ${n}`);
  await callApi(appUrl, 'article.tag', { ids: [articles[0]!.id], add: tags });
  const outlines = Array.from(
    { length: FEED_COUNT },
    (_, n) => `<outline text="${feedName(n)}" type="rss" xmlUrl="http://127.0.0.1:9/feed-${n}.xml"/>`,
  ).join('');
  await callApi(appUrl, 'feeds.importOpml', {
    xml: `<?xml version="1.0"?><opml version="2.0"><body>${outlines}</body></opml>`,
  });
}

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  { name: 'current-place', viewport: { width: 1280, height: 820 }, prepare: livedInSidebar },
  async (session) => {
    ({ page, annals } = session);
    await expect(annals.list).toBeVisible();
  },
);

async function goTo(what: 'tag' | 'feed', name: string) {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill(`Go to ${what}`);
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: `Go to ${what}` });
  await picker.getByRole('combobox').fill(name);
  await expect(picker.getByRole('option').first()).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
}

test('moves the mark, the focus and the sidebar’s scroll to a feed chosen with Go to feed', async () => {
  await annals.view('All articles').click();
  await expect(annals.view('All articles')).toHaveAttribute('aria-current', 'page');
  const last = feedName(FEED_COUNT - 1);
  await goTo('feed', last);

  await expect(page.getByRole('heading', { level: 2, name: last })).toBeVisible();
  const feed = annals.feedRow(last).getByRole('button').first();
  await expect(feed).toHaveAttribute('aria-pressed', 'true');
  await expect(feed).toBeFocused();
  await expect(feed).toBeInViewport({ ratio: 1 });
  await expectAboveTheFooter(feed);
  await expect(annals.view('All articles')).not.toHaveAttribute('aria-current', /./);
});

/** Not hidden under the sidebar's sticky footer (Commands, Keyboard shortcuts, Settings), which is in the viewport too. */
async function expectAboveTheFooter(entry: Locator) {
  const footer = page.getByRole('button', { name: 'Commands' }).locator('..');
  await expect
    .poll(async () => (await entry.boundingBox())!.y + (await entry.boundingBox())!.height)
    .toBeLessThanOrEqual((await footer.boundingBox())!.y);
}

test('marks a tag chosen with Go to tag as the current place, not All articles', async () => {
  const tag = `topic ${TAG_COUNT - 1}`;
  await goTo('tag', tag);
  const tags = page.getByRole('navigation', { name: 'Tags' });
  const button = tags.getByRole('button', { name: new RegExp(`^${tag}\\b`) });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toBeInViewport({ ratio: 1 });
  await expectAboveTheFooter(button);
  await expect(annals.view('All articles')).not.toHaveAttribute('aria-current', /./);
});

test('gives the keyboard to the place the palette went to, not to the Commands button', async () => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('Highlights');
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: 'Highlights and notes' });
  await expect(heading).toBeVisible();
  // The view chosen takes the keyboard, as it does when chosen by its number key (keyboard-focus.spec.ts).
  await expect(heading).toBeFocused();
  await expect(page.getByRole('button', { name: 'Commands' })).not.toBeFocused();
});
