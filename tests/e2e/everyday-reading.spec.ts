// Everyday reading in browser mode, on the sample library: one click opens an article (after a start,
// a view switch and a search), j/k carry the reader along, tags show in the list and the reader and are
// edited there, search marks whole words, and Esc closes the innermost thing first.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { addSampleArticles, useSharedSession } from './support/session.ts';

const FROGS = /Frogs in city ponds/;
const LIBRARY = /Under the painted ceiling/;

let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'reading', viewport: { width: 1280, height: 820 } }, async (session) => {
  ({ page, annals } = session);
  await addSampleArticles(annals);
  await annals.dismissToasts();
});

/** Presses the mouse on an article, checks nothing moved under the pointer, and lets go: the reader opens. */
async function openWithOneClick(title: RegExp): Promise<void> {
  const row = annals.article(title);
  await row.scrollIntoViewIfNeeded();
  const before = (await row.boundingBox())!;
  await page.mouse.move(before.x + before.width / 3, before.y + before.height / 2);
  await page.mouse.down();
  expect(await row.boundingBox()).toEqual(before);
  await page.mouse.up();
  await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText(title);
}

test('opens an article with one click after a start, a view switch and a search', async () => {
  await page.reload();
  await openWithOneClick(LIBRARY);
  await page.keyboard.press('Escape');
  await expect(annals.list).toBeVisible();

  await annals.view('All articles').click();
  await openWithOneClick(FROGS);
  await page.keyboard.press('Escape');

  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('frogs');
  await expect(page.getByRole('heading', { level: 2, name: 'Search results' })).toBeVisible();
  await search.fill('');
  await openWithOneClick(LIBRARY);
  await page.keyboard.press('Escape');
  // A search result opens with one click too.
  await search.fill('ceiling');
  await page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: LIBRARY }).click();
  await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText(LIBRARY);
  await page.keyboard.press('Escape');
  await search.fill('');
});

test('moves through the articles with j and k, the reader following', async () => {
  await annals.view('Inbox').click();
  const [first, second] = await annals.list.getByRole('option').all();
  const firstTitle = (await first!.textContent()) ?? '';
  const secondTitle = (await second!.textContent()) ?? '';
  await first!.click();
  const heading = annals.reader.getByRole('heading', { level: 1 });
  await expect.poll(async () => firstTitle.includes((await heading.textContent()) ?? '-')).toBe(true);
  await page.keyboard.press('j');
  await expect.poll(async () => secondTitle.includes((await heading.textContent()) ?? '-')).toBe(true);
  await page.keyboard.press('k');
  await expect.poll(async () => firstTitle.includes((await heading.textContent()) ?? '-')).toBe(true);
  await page.keyboard.press('Escape');
  await expect(annals.list).toBeVisible();
});

test('shows tags in the list row and in the reader, where they are added and removed', async () => {
  const [article] = (
    await annals.call<{ articles: { id: string; title: string }[] }>('library.list', { view: 'inbox' })
  ).articles;
  await annals.call('article.tag', { ids: [article!.id], add: ['river crossings', 'to follow up'] });
  const row = annals.list.getByRole('option').first();
  for (const tag of ['river crossings', 'to follow up']) {
    const chip = row.getByText(tag, { exact: true });
    await expect(chip).toBeVisible();
    // The whole chip is inside its row: the row grew to hold it, nothing is cut off.
    const [chipBox, rowBox] = [(await chip.boundingBox())!, (await row.boundingBox())!];
    expect(chipBox.height).toBeGreaterThan(12);
    expect(chipBox.y + chipBox.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
  }

  await row.click();
  const tags = annals.reader.getByRole('list', { name: 'Tags of this article' });
  await expect(tags).toContainText('river crossings');
  await expect(tags).toContainText('to follow up');
  await tags.getByRole('button', { name: 'Tag', exact: true }).click();
  const field = tags.getByRole('combobox', { name: 'Add a tag' });
  await expect(field).toBeFocused();
  await field.fill('bridges');
  await field.press('Enter');
  await expect(tags.getByRole('button', { name: 'bridges', exact: true })).toBeVisible();
  // Esc leaves the field, not the article.
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(annals.reader).toBeVisible();
  await tags.getByRole('button', { name: 'Remove tag to follow up' }).click();
  await expect(tags).not.toContainText('to follow up');
  await page.keyboard.press('Escape');
  await expect(annals.list).toBeVisible();
  await expect(row.getByText('bridges', { exact: true })).toBeVisible();
  await expect(row.getByText('to follow up', { exact: true })).toHaveCount(0);
});

test('heads the article with its site, author, date, reading time and story', async () => {
  await annals.view('All articles').click();
  await annals.open(/Old Mill Bridge closed indefinitely/);
  const reader = annals.reader;
  await expect(reader).toContainText(/The Valley Ledger/i);
  await expect(reader).toContainText(/\w+ · \w{3} \d{1,2}, 2025 · \d+ min read/);
  await expect(reader.getByRole('button', { name: 'Original page' })).toBeVisible();
  await reader.getByRole('button', { name: /^Story: Old Mill Bridge/ }).click();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await annals.view('Inbox').click();
});

test('marks whole words in search results and in the article, and says it shows search results', async () => {
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  const results = page.getByRole('region', { name: 'Search results' });
  for (const word of ['old', 'bridge', 'mill']) {
    await search.fill(word);
    await expect(page.getByRole('main', { name: 'Search results' })).toBeVisible();
    // Every mark is a whole word the search matched (the word typed, or one it begins), never a piece of
    // "told", "Kellbridge" or "million".
    const marked = () =>
      results.locator('mark').evaluateAll((marks) =>
        marks.map((mark) => {
          const before = mark.previousSibling?.textContent?.slice(-1) ?? '';
          const after = mark.nextSibling?.textContent?.slice(0, 1) ?? '';
          return `${before}[${mark.textContent}]${after}`;
        }),
      );
    // Results follow the typing: wait for this word's.
    await expect.poll(async () => (await marked()).some((mark) => mark.toLowerCase().includes(`[${word}`))).toBe(true);
    const marks = await marked();
    for (const mark of marks) expect(mark).toMatch(new RegExp(`^[^\\p{L}]?\\[${word}\\p{L}*\\][^\\p{L}]?$`, 'iu'));
  }
  await search.fill('kellbridge');
  await results.getByRole('button', { name: /moderate/ }).click();
  const found = () =>
    page
      .frame({ url: /about:srcdoc/ })
      ?.evaluate(() => [...document.querySelectorAll('mark.annals-find')].map((mark) => mark.textContent ?? '')) ??
    Promise.resolve([]);
  await expect.poll(async () => (await found()).length).toBeGreaterThan(0);
  for (const mark of await found()) expect(mark).toMatch(/^kellbridge$/i);
  await page.keyboard.press('Escape');
  await search.fill('');
});

test('closes the innermost thing with Esc: panel, popover, dialog, then the article', async () => {
  const { articles } = await annals.call<{ articles: { id: string; title: string }[] }>('library.list', {
    view: 'all',
  });
  const frogs = articles.find((article) => FROGS.test(article.title))!;
  await annals.call('annotations.create', { kind: 'highlight', articleId: frogs.id, quote: 'three-year' });
  await annals.view('All articles').click();
  await annals.open(FROGS);

  await annals.reader.getByRole('button', { name: 'Appearance' }).click();
  await expect(page.getByRole('radio', { name: 'Sepia' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('radio', { name: 'Sepia' })).toHaveCount(0);
  await expect(annals.reader).toBeVisible();

  await annals.articleText.locator('mark.annals-hl').first().click();
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(annals.reader).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(annals.reader).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(annals.list).toBeVisible();
});
