// Details of reading in a wide window (1440 px), found in a review of the UI: read and unread titles
// start in one column, no view looks current while a search shows, the story line of a long story stays
// one line, the note popover stays inside the reader's pane, and Esc gives the keyboard back to what the
// reader was on (the article in the list, the search result, the control that opened a dialog).
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { type Box, overlap } from './support/geometry.ts';
import { useSharedSession } from './support/session.ts';
import { prepareLibrary, READ_TITLE } from './support/tour.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'details',
    web: true,
    viewport: { width: 1440, height: 900 },
    prepare: prepareLibrary,
  },
  async (session) => {
    ({ page, annals } = session);
    await annals.dismissToasts();
  },
);

interface Listed {
  id: string;
  title: string;
}

const views = ['Inbox', 'Favorites', 'Archive', 'All articles'] as const;

test('starts the titles of read and unread articles, and the lines under them, in one column', async () => {
  await annals.view('All articles').click();
  const { articles } = await annals.call<{ articles: Listed[] }>('library.list', { view: 'all' });
  const [read, unread] = articles as [Listed, Listed];
  await annals.call('article.update', { ids: [read.id], patch: { state: 'read' } });
  await annals.call('article.update', { ids: [unread.id], patch: { state: 'unread' } });
  const readRow = annals.article(read.title);
  const unreadRow = annals.article(unread.title);
  await expect(readRow.getByRole('img', { name: 'Unread' })).toHaveCount(0);
  await expect(unreadRow.getByRole('img', { name: 'Unread' })).toBeVisible();

  const readTitle = (await readRow.getByText(read.title, { exact: true }).boundingBox())!;
  const unreadTitle = (await unreadRow.getByText(unread.title, { exact: true }).boundingBox())!;
  expect(Math.abs(readTitle.x - unreadTitle.x)).toBeLessThanOrEqual(1);
  // The site, date and reading time start there too; the unread dot hangs before them.
  const meta = (await unreadRow.getByText(/\d+ min read/).boundingBox())!;
  expect(Math.abs(meta.x - unreadTitle.x)).toBeLessThanOrEqual(1);
});

test('marks no library view as current while search results show', async () => {
  await annals.view('Inbox').click();
  await expect(annals.view('Inbox')).toHaveAttribute('aria-current', 'page');
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('bridge');
  await expect(page.getByRole('heading', { level: 2, name: 'Search results' })).toBeVisible();
  for (const view of views) await expect(annals.view(view)).not.toHaveAttribute('aria-current', /./);
  await search.fill('');
  await expect(annals.view('Inbox')).toHaveAttribute('aria-current', 'page');
});

test('gives the keyboard back to the article in the list when Esc closes the reader', async () => {
  await annals.view('All articles').click();
  const rowId = await annals.article(READ_TITLE).getAttribute('id');
  await annals.open(READ_TITLE);
  // Opened, the article has the keyboard: arrows and Page Down scroll it.
  await expect(annals.reader.getByRole('region', { name: 'Article' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(annals.list).toBeFocused();
  await expect(annals.list).toHaveAttribute('aria-activedescendant', rowId!);
  await expect(annals.article(READ_TITLE)).toHaveAttribute('aria-selected', 'true');

  // From search results, back to the result the article was opened from.
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('jammed gate');
  const result = page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: READ_TITLE });
  await result.click();
  await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText(READ_TITLE);
  await page.keyboard.press('Escape');
  await expect(result).toBeFocused();
  await search.fill('');
});

test('gives the keyboard back to what opened a dialog when Esc closes it', async () => {
  // Opened by its shortcut in the reader: back to the article.
  await annals.open(READ_TITLE);
  const article = annals.reader.getByRole('region', { name: 'Article' });
  await expect(article).toBeFocused();
  await page.keyboard.press('t');
  await expect(page.getByRole('dialog', { name: /^Tags/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(article).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(annals.list).toBeFocused();

  // Opened from the command palette, which closed on the way: back to the button that opened the palette.
  const commands = page.getByRole('button', { name: 'Commands' });
  await commands.click();
  await page.getByRole('combobox', { name: 'Type a command' }).fill('Export highlights');
  await page.keyboard.press('Enter');
  const exportDialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
  // Its choices are ready as they are: the Export button has the focus, so Enter exports.
  await expect(exportDialog.getByRole('button', { name: 'Export' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(commands).toBeFocused();
});

test('keeps the story line of a long-named story to one line, its whole name in the tooltip', async () => {
  const { articles } = await annals.call<{ articles: Listed[] }>('library.list', { view: 'all' });
  const article = articles.find((candidate) => READ_TITLE.test(candidate.title))!;
  // The sample's stories are grouped in the background as it is installed: under load, not yet at the first ask.
  const storyOf = async () =>
    (await annals.call<{ story: { id: string } | null }>('timeline.article', { articleId: article.id })).story;
  await expect.poll(storyOf, { timeout: 20_000 }).not.toBeNull();
  const story = await storyOf();
  const name = `The Old Mill Bridge, its jammed dam gate, the council's emergency session and the long argument over who pays for the repairs to the river works`;
  await annals.call('stories.rename', { storyId: story!.id, title: name });
  await annals.open(READ_TITLE);
  const link = annals.reader.getByRole('button', { name: `Story: ${name}` });
  await expect(link).toBeVisible();
  const lineHeight = await link.evaluate((element) => Number.parseFloat(getComputedStyle(element).lineHeight));
  const box = (await link.boundingBox())!;
  expect(box.height).toBeLessThan(lineHeight * 1.5);
  const heading = (await annals.reader.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(heading.x + heading.width + 1);
  // The name is cut with an ellipsis; the tooltip gives it whole.
  expect(await link.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await annals.reader.getByRole('heading', { level: 1 }).hover();
  await link.hover();
  await expect(page.getByRole('tooltip')).toContainText(name);
  await link.click();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});

/** Scrolls the reader so the top of the note's highlight sits `fromTop` pixels below the window's top. */
async function scrollHighlightTo(fromTop: number): Promise<void> {
  const mark = annals.articleText.locator('mark.annals-hl').first();
  const box = (await mark.boundingBox())!;
  await annals.reader.getByRole('region', { name: 'Article' }).evaluate((scroller, by) => {
    scroller.scrollTop += by;
  }, box.y - fromTop);
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

for (const fromTop of [160, 470, 760]) {
  test(`places the note popover inside the reader's pane beside its highlight (${fromTop} px down)`, async () => {
    await annals.view('All articles').click();
    await annals.open(READ_TITLE);
    const marks = annals.articleText.locator('mark.annals-hl');
    await expect(marks.first()).toBeVisible();
    const notes = page.getByRole('complementary', { name: 'Highlights and notes' });
    await expect(notes).toBeVisible();
    await scrollHighlightTo(fromTop);
    await marks.first().click();
    const popover = page.getByRole('dialog', { name: 'Highlight' });
    await expect(popover).toHaveCSS('opacity', '1');

    const panel = (await popover.boundingBox())!;
    const pane = (await annals.reader.getByRole('region', { name: 'Article' }).boundingBox())!;
    expect(inside(panel, pane), 'the popover lies inside the article pane').toBe(true);
    // Whole where it sits, with no scrolling inside it, wherever the highlight is in the window.
    expect(await popover.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    expect(overlap(panel, (await notes.boundingBox())!)).toBe(false);
    for (const mark of await marks.all()) {
      const piece = await mark.boundingBox();
      if (piece) expect(overlap(panel, piece), 'the popover covers its highlight').toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    await page.keyboard.press('Escape');
  });
}
