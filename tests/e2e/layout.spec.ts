// The window's layout with a long-time reader's library (the sample, 60 tags, 50 feeds): the sidebar
// scrolls as one column and keeps every feed in reach, counts are counts, and from 720 to 1440 px wide
// nothing covers anything else, measured with bounding boxes. Screenshots land in test-results/screenshots.
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { FEED_COUNT, feedName, fillBusyLibrary, TAG_COUNT } from './support/busy-library.ts';
import { boxesOf, expectNoOverlap } from './support/geometry.ts';
import { shots, useSharedSession } from './support/session.ts';
import { resizeWindow } from './support/window.ts';

const FROGS = /Frogs in city ponds/;

let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'layout', viewport: { width: 1280, height: 820 } }, async (session) => {
  ({ page, annals } = session);
  await fillBusyLibrary(annals);
});

test('keeps every feed and tag in reach in a sidebar that scrolls as one column', async () => {
  const stories = page.getByRole('navigation', { name: 'Stories' });
  await expect(stories.getByRole('button', { name: /Old Mill Bridge/ })).toBeVisible();
  for (let n = 0; n < FEED_COUNT; n++) {
    const feed = annals.feedRow(feedName(n)).getByRole('button').first();
    await feed.scrollIntoViewIfNeeded();
    await expect(feed).toBeInViewport({ ratio: 1 });
    expect((await feed.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  }
  const tags = page.getByRole('navigation', { name: 'Tags' });
  await expect(tags.getByRole('listitem')).toHaveCount(TAG_COUNT);
  const lastTag = tags.getByRole('listitem').last();
  await lastTag.scrollIntoViewIfNeeded();
  await expect(lastTag).toBeInViewport({ ratio: 1 });

  // The last feed opens its own view, where the sample's note has nothing to say.
  await annals
    .feedRow(feedName(FEED_COUNT - 1))
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('main', { name: feedName(FEED_COUNT - 1) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove the sample articles' })).toHaveCount(0);
  await annals.view('Inbox').click();
  await expect(page.getByRole('button', { name: 'Remove the sample articles' })).toBeVisible();
});

test('folds a sidebar section away and remembers it', async () => {
  const tags = page.getByRole('navigation', { name: 'Tags' });
  const toggle = tags.getByRole('button', { name: 'Tags', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(tags.getByRole('listitem')).toHaveCount(0);
  await page.reload();
  await expect(tags.getByRole('button', { name: 'Tags', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await tags.getByRole('button', { name: 'Tags', exact: true }).click();
  await expect(tags.getByRole('listitem')).toHaveCount(TAG_COUNT);
});

test('shows unread counts beside the views, and their shortcuts only in tooltips', async () => {
  const { unread } = await annals.call<{ unread: { inbox: number; all: number } }>('app.info', {});
  expect(unread.inbox).toBeGreaterThan(0);
  const inbox = annals.view('Inbox');
  await expect(inbox).toHaveAccessibleName(`Inbox ${unread.inbox} unread`);
  await expect(inbox).toHaveAttribute('aria-keyshortcuts', '1');
  // The pointer arrives on Inbox from elsewhere (the brand, which has no tooltip).
  await page.getByRole('heading', { name: 'Annals', level: 1 }).hover();
  await inbox.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Inbox1');
  await expect(annals.view('Archive')).toHaveText('Archive');
  await annals.list.getByRole('option').first().click();
  await expect(annals.reader.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(inbox).toHaveAccessibleName(`Inbox ${unread.inbox - 1} unread`);
});

for (const width of [720, 1024, 1440]) {
  test(`lays out the list and the reader at ${width} px with nothing covering anything`, async () => {
    await resizeWindow(page, { width: 1280, height: 860 });
    await annals.view('Inbox').click();
    await resizeWindow(page, { width, height: 860 });
    // Narrow windows keep the room for reading: the sidebar waits behind a toggle.
    await expect(page.getByRole('button', { name: 'Show the sidebar' })).toHaveCount(width < 1100 ? 1 : 0);

    const actions = page.getByRole('toolbar', { name: /^(Article actions|Actions for)/ });
    const actionButtons = await actions.getByRole('button').all();
    for (const button of actionButtons) await expect(button).toBeInViewport({ ratio: 1 });
    const { articles } = await annals.call<{ articles: { id: string; title: string }[] }>('library.list', {
      view: 'inbox',
    });
    // Measured until the list has placed its rows again at their new heights: the list learns them from a
    // ResizeObserver, a frame or two after the width changed.
    await expect(async () => {
      const rows = await annals.list.getByRole('option').all();
      const named: Record<string, Locator> = {
        search: page.getByRole('searchbox', { name: 'Search the library' }),
        save: page.getByRole('textbox', { name: 'Save a link' }),
        actions,
      };
      for (const [i, row] of rows.slice(0, 3).entries()) {
        const id = (await row.getAttribute('id'))!;
        const text = articles.find((article) => `article-${article.id}` === id)!.title;
        const titleText = row.getByText(text, { exact: true });
        // The whole title shows, wrapped as the width asks; never cut to a line.
        expect(await titleText.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
        named[`row ${i + 1}`] = row;
        named[`title ${i + 1}`] = titleText;
      }
      const listBoxes = await boxesOf(named);
      // A title is inside its own row (so those two may overlap); everything else stands apart.
      const apart = Object.fromEntries(Object.entries(listBoxes).filter(([name]) => !name.startsWith('title')));
      expectNoOverlap(apart);
      for (const i of [1, 2, 3]) expectNoOverlap({ title: listBoxes[`title ${i}`]!, actions: listBoxes.actions! });
    }).toPass();
    await page.screenshot({ path: shots(`layout-list-${width}.png`) });

    await annals.open(FROGS);
    const reader = annals.reader;
    const toolbarButtons = {
      back: reader.getByRole('button', { name: 'Library' }),
      archive: reader.getByRole('button', { name: /^(Archive|Move to Inbox)$/ }),
      favorite: reader.getByRole('button', { name: /Favorite/ }),
      read: reader.getByRole('button', { name: /^Mark as (un)?read$/ }),
      delete: reader.getByRole('button', { name: 'Delete' }),
      notes: reader.getByRole('button', { name: /^Notes/ }),
      appearance: reader.getByRole('button', { name: 'Appearance' }),
    };
    for (const button of Object.values(toolbarButtons)) await expect(button).toBeInViewport({ ratio: 1 });
    // Below 900 px the notes open over the article when asked for (narrow-notes.spec.ts), not beside it at once.
    const notesPanel = page.getByRole('complementary', { name: 'Highlights and notes' });
    if (width < 900) await expect(notesPanel).toHaveCount(0);
    // Measured once the toolbar has folded what does not fit: it learns its width from a ResizeObserver, so an
    // article just opened shows every control for a moment.
    await expect(async () => {
      const boxes = await boxesOf({
        ...toolbarButtons,
        title: reader.getByRole('heading', { level: 1 }),
        original: reader.getByRole('button', { name: 'Original page' }),
        ...(width < 900 ? {} : { notesPanel }),
      });
      expectNoOverlap(boxes);
      // The toolbar is one line.
      const tops = Object.keys(toolbarButtons).map((name) => Math.round(boxes[name]!.y + boxes[name]!.height / 2));
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
      for (const box of Object.values(boxes)) expect(box.x + box.width).toBeLessThanOrEqual(width);
    }).toPass();
    await page.screenshot({ path: shots(`layout-reader-${width}.png`) });
    await page.keyboard.press('Escape');
  });
}

test('keeps the list to one column in the middle of a 2560 px window, not a title at one edge and its picture at the other', async () => {
  await resizeWindow(page, { width: 2560, height: 1200 });
  await annals.view('Inbox').click();
  const search = (await page.getByRole('searchbox', { name: 'Search the library' }).boundingBox())!;
  const sort = (await page.getByRole('combobox', { name: 'Sort by' }).boundingBox())!;
  const list = (await annals.list.boundingBox())!;
  const firstRow = annals.list.getByRole('option').first();
  const id = (await firstRow.getAttribute('id'))!;
  const { articles } = await annals.call<{ articles: { id: string; title: string }[] }>('library.list', {
    view: 'inbox',
  });
  const title = articles.find((article) => `article-${article.id}` === id)!.title;
  const titleBox = (await firstRow.getByText(title, { exact: true }).boundingBox())!;
  // The header's fields and the rows' words share one column of at most 1,120 px.
  expect(sort.x + sort.width - search.x).toBeLessThanOrEqual(1120);
  expect(titleBox.x).toBeGreaterThanOrEqual(search.x);
  expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(sort.x + sort.width);
  // In the middle: as much room on its left as on its right (the scroll bar aside).
  const left = search.x - list.x;
  const right = list.x + list.width - (sort.x + sort.width);
  expect(left).toBeGreaterThan(400);
  expect(Math.abs(left - right)).toBeLessThan(24);
  await page.screenshot({ path: shots('layout-list-2560.png') });
  await resizeWindow(page, { width: 1280, height: 820 });
});

test('keeps the reading column in place while the notes panel opens and closes', async () => {
  await resizeWindow(page, { width: 1920, height: 900 });
  await annals.open(FROGS);
  const title = annals.reader.getByRole('heading', { level: 1 });
  const notes = annals.reader.getByRole('button', { name: /^Notes/ });
  await expect(page.getByRole('complementary', { name: 'Highlights and notes' })).toBeVisible();
  const open = (await title.boundingBox())!;
  await notes.click();
  await expect(page.getByRole('complementary', { name: 'Highlights and notes' })).toHaveCount(0);
  const closed = (await title.boundingBox())!;
  expect(Math.abs(closed.x - open.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(closed.width - open.width)).toBeLessThanOrEqual(1);
  await notes.click();
  await page.keyboard.press('Escape');
  await resizeWindow(page, { width: 1280, height: 820 });
});

test('lets the sidebar and the notes panel take turns beside a narrow reader, so the column keeps its width', async () => {
  await resizeWindow(page, { width: 1280, height: 860 });
  await annals.view('Inbox').click();
  await resizeWindow(page, { width: 800, height: 860 });
  await annals.open(FROGS);
  const notes = page.getByRole('complementary', { name: 'Highlights and notes' });
  const notesButton = annals.reader.getByRole('button', { name: /^Notes/ });
  const title = annals.reader.getByRole('heading', { level: 1 });
  if ((await notes.count()) === 0) await notesButton.click();
  await expect(notes).toBeVisible();

  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await expect(page.getByRole('navigation', { name: 'Library views' })).toBeVisible();
  await expect(notes).toHaveCount(0);
  await expect(notesButton).toHaveAttribute('aria-pressed', 'false');
  // Beside the sidebar alone, the column is a reading column, not a strip of a few words.
  expect((await title.boundingBox())!.width).toBeGreaterThanOrEqual(440);
  await page.screenshot({ path: shots('layout-reader-800-sidebar.png') });

  await notesButton.click();
  await expect(notes).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show the sidebar' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library views' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await resizeWindow(page, { width: 1280, height: 820 });
});
