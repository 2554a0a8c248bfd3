// Popovers and toasts never cover what is being read: the note popover sits beside the highlight it
// edits (below it, or above it near the window's foot) with its whole quote; toasts stay in their own
// corner, so a click on a fresh highlight opens it rather than hitting Undo.
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { slowWeb } from './support/slow-web.ts';
import { prepareLibrary, READ_TITLE, setTheme, themes } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'popovers',
    web: true,
    viewport: { width: 1280, height: 820 },
    prepare: prepareLibrary,
  },
  async (session) => {
    ({ page, annals } = session);
    await annals.dismissToasts();
    await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'All articles' }).click();
    await annals.open(READ_TITLE);
  },
);

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every piece of a highlight (one box per line it spans), in the window's coordinates. */
async function pieces(marks: Locator): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const mark of await marks.all()) {
    const box = await mark.boundingBox();
    if (box) boxes.push(box);
  }
  return boxes;
}

/** Scrolls the reader so the top of `mark` sits `fromTop` pixels below the top of the window. */
async function scrollMarkTo(mark: Locator, fromTop: number): Promise<void> {
  const box = (await mark.boundingBox())!;
  await annals.reader.getByRole('region', { name: 'Article' }).evaluate((scroller, by) => {
    scroller.scrollTop += by;
  }, box.y - fromTop);
}

for (const where of [
  { name: 'high in the window', fromTop: 120 },
  { name: 'near the foot of the window', fromTop: 700 },
]) {
  test(`places the note popover beside a highlight ${where.name}, never over it, with its whole quote`, async () => {
    const marks = annals.articleText.locator('mark.annals-hl');
    await scrollMarkTo(marks.first(), where.fromTop);
    await marks.first().click();
    const popover = page.getByRole('dialog', { name: 'Highlight' });
    await expect(popover).toBeVisible();
    await expect(popover).toHaveCSS('opacity', '1');
    const panel = (await popover.boundingBox())!;
    for (const piece of await pieces(marks)) expect(overlaps(panel, piece)).toBe(false);

    const quote = popover.locator('blockquote');
    const quoteBox = (await quote.boundingBox())!;
    expect(quoteBox.y).toBeGreaterThanOrEqual(panel.y);
    expect(quoteBox.y + quoteBox.height).toBeLessThanOrEqual(panel.y + panel.height);
    expect(await quote.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    // Every field and button lies within the popover's width (it scrolls up and down, never sideways).
    await popover.getByRole('button', { name: /to timeline…$/ }).click();
    for (const control of [
      popover.getByRole('textbox', { name: 'Date' }),
      popover.getByRole('button', { name: /on timeline$|to timeline$/ }),
      popover.getByRole('button', { name: 'Done' }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(panel.x);
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
  });
}

for (const width of [1280, 800]) {
  test(`keeps the Highlighted toast off a fresh highlight at ${width} px, so a click on it opens the highlight`, async () => {
    await resizeWindow(page, { width, height: 820 });
    // Words near the foot of the window, where toasts used to lie over the text.
    const paragraph = annals.articleText.getByText(/official|said|river/i).last();
    await paragraph.scrollIntoViewIfNeeded();
    await scrollMarkTo(paragraph, 700);
    const box = (await paragraph.boundingBox())!;
    await annals.drag({ x: box.x + 2, y: box.y + 10 }, { x: box.x + Math.min(box.width - 4, 260), y: box.y + 10 });
    await page
      .getByRole('toolbar', { name: 'Highlight the selection' })
      .getByRole('button', { name: 'Highlight in green' })
      .click();
    const toast = page.getByRole('status').filter({ hasText: 'Highlighted' });
    await expect(toast).toBeVisible();
    // Measured where it rests: a toast rises into its place as it appears.
    await expect(toast).toHaveCSS('opacity', '1');

    const fresh = annals.articleText.locator('mark.annals-hl-green');
    await expect(fresh.first()).toBeVisible();
    const toastBox = (await toast.boundingBox())!;
    for (const piece of await pieces(fresh)) expect(overlaps(toastBox, piece)).toBe(false);

    await fresh.first().click();
    await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible();
    // The click reached the highlight, not Undo: it is still there.
    await expect(fresh.first()).toBeVisible();
    await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Delete highlight' }).click();
    await expect(fresh).toHaveCount(0);
    await annals.dismissToasts();
  });
}

test('shows no Commands tooltip over Keyboard shortcuts when the palette closes; Tab still names what it reaches', async () => {
  await resizeWindow(page, { width: 1280, height: 820 });
  const commands = page.getByRole('button', { name: 'Commands' });
  const tooltip = page.getByRole('tooltip');
  for (const open of [() => commands.click(), () => page.keyboard.press('Control+k')]) {
    await open();
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(commands).toBeFocused();
    // Two frames: a tooltip shown on the focus coming back would be drawn by then.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(tooltip).toHaveCount(0);
  }
  // A keyboard reader moving on is told what each control is and its key.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
  await expect(tooltip).toContainText('Keyboard shortcuts');
  await page.keyboard.press('Shift+Tab');
  await expect(tooltip).toContainText('Commands');
  // Beside the sidebar, over none of its entries.
  const shortcuts = (await page.getByRole('button', { name: 'Keyboard shortcuts' }).boundingBox())!;
  expect(overlaps((await tooltip.boundingBox())!, shortcuts)).toBe(false);
});

test('stacks the work in progress and the notes in one column at 800 px, the newest lowest, each with its Dismiss', async () => {
  await resizeWindow(page, { width: 1280, height: 820 });
  await annals.dismissToasts();
  await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'All articles' }).click();
  await annals.open(READ_TITLE);
  await resizeWindow(page, { width: 800, height: 820 });
  const slow = await slowWeb();
  try {
    // A save that waits on a slow site, then a note (with Undo), then an error: three cards at once.
    annals.call('article.saveUrl', { url: slow.url('slow.html') }).catch(() => {});
    const progress = page.getByRole('status', { name: 'Progress' });
    await expect(progress).toContainText('Saving');
    // The pointer rests on the corner, which holds its notes there while the pictures are taken.
    await progress.hover();
    await annals.runCommand('Favorite, or unfavorite');
    const note = page.getByRole('status').filter({ hasText: /^Added 1 article to Favorites/ });
    await expect(note).toBeVisible();
    await annals.runCommand('Highlight the selected text');
    const error = page.getByRole('alert').filter({ hasText: 'Select some words in the article first.' });
    await expect(error).toBeVisible();
    // Measured where they rest: a card rises into its place as it appears.
    for (const card of [note, error]) await expect(card).toHaveCSS('opacity', '1');
    const [work, older, newer] = [
      (await progress.boundingBox())!,
      (await note.boundingBox())!,
      (await error.boundingBox())!,
    ];
    expect(older.y, 'the note under the work in progress, not beside it').toBeGreaterThanOrEqual(
      work.y + work.height - 0.5,
    );
    expect(newer.y, 'the newest card lowest').toBeGreaterThanOrEqual(older.y + older.height - 0.5);
    for (const box of [older, newer]) expect(box.x + box.width).toBeCloseTo(work.x + work.width, 0);
    for (const theme of themes) {
      await setTheme(annals, theme);
      await page.screenshot({ path: shots(`status-stack-${theme}-800.png`) });
    }
    await setTheme(annals, 'light');
    await error.getByRole('button', { name: 'Dismiss' }).click();
    await expect(error).toHaveCount(0);
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: 'Undo' }).click();
    await expect(note).toHaveCount(0);
  } finally {
    await slow.stop();
  }
  await page.mouse.move(10, 10);
  await annals.dismissToasts();
});

test('takes a sidebar view’s tooltip away once the view is clicked open, and keeps it away', async () => {
  await resizeWindow(page, { width: 1280, height: 820 });
  const highlights = page
    .getByRole('navigation', { name: 'Library views' })
    .getByRole('button', { name: 'Highlights' });
  const tooltip = page.getByRole('tooltip');
  // The pointer arrives on Highlights from elsewhere (the brand, which has no tooltip) and rests there.
  await page.getByRole('heading', { name: 'Annals' }).hover();
  await highlights.hover();
  await expect(tooltip).toHaveText('Highlights5');
  // From here the page's timers run on Playwright's clock (time still flows), so a hover's delay can be passed at
  // once; the browser's own frames are kept aside to wait for what it draws. Last in the file: the clock stays.
  await page.evaluate(() => {
    const own = window as unknown as { browserFrame?: (done: () => void) => void };
    own.browserFrame ??= window.requestAnimationFrame.bind(window);
  });
  const twoFrames = () =>
    page.evaluate(() => {
      const frame = (window as unknown as { browserFrame: (done: () => void) => void }).browserFrame;
      return new Promise<void>((done) => frame(() => frame(done)));
    });
  await page.clock.install();
  await highlights.click();
  await expect(page.getByRole('main', { name: 'Highlights and notes' })).toBeVisible();
  // Past the frames that draw the view (Chromium names what lies under the resting pointer again there), then past a
  // hover's delay, then past the frames that would draw a tooltip brought back by it.
  await twoFrames();
  await page.clock.runFor(1_000);
  await twoFrames();
  await page.screenshot({ path: shots('tooltip-after-click.png') });
  await expect(tooltip).toHaveCount(0);
  // The pointer leaving and coming back names the view again; leaving for the view takes the name away.
  await page.getByRole('heading', { name: 'Highlights and notes' }).hover();
  await highlights.hover();
  await expect(tooltip).toHaveText('Highlights5');
  await page.getByRole('heading', { name: 'Highlights and notes' }).hover();
  await expect(tooltip).toHaveCount(0);
});
