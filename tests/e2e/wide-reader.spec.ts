// On a 2560 px screen the reader's text must stay a comfortable measure (some 60–80 characters a line)
// and sit in the middle of the reader pane, not hug its left edge with a metre of empty page beside it.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { textColumn } from './support/text-column.ts';
import { callApi, READ_TITLE } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'wide-reader',
    viewport: { width: 2560, height: 1300 },
    prepare: async (appUrl) => {
      await callApi(appUrl, 'sample.install', {});
    },
  },
  async (session) => {
    ({ page, annals } = session);
  },
);

test('keeps the text a comfortable measure, centred in the reader, at 2560 px with the notes panel open or closed', async () => {
  await annals.view('All articles').click();
  await annals.open(READ_TITLE);
  await expect(annals.articleText.locator('main p').first()).toBeVisible();
  const notes = page.getByRole('complementary', { name: 'Highlights and notes' });
  for (const panel of ['open', 'closed'] as const) {
    if ((await notes.count()) > 0 !== (panel === 'open'))
      await annals.reader.getByRole('button', { name: /^Notes/ }).click();
    await expect(notes).toHaveCount(panel === 'open' ? 1 : 0);
    const reader = (await annals.reader.boundingBox())!;
    const text = await textColumn(page);
    await page.screenshot({ path: shots(`wide-reader-notes-${panel}-2560.png`) });
    expect(text.perLine).toBeGreaterThan(55);
    expect(text.perLine).toBeLessThan(85);
    // The reader's middle, notes panel included: the column stays put as the panel opens (layout.spec.ts).
    expect(Math.abs((text.left + text.right) / 2 - (reader.x + reader.width / 2))).toBeLessThan(4);
  }
});

test('sets the text at the reader’s size, 18–20 px, at 720, 1280 and 2560 px in every theme, a comfortable measure where there is room', async () => {
  await annals.view('All articles').click();
  await annals.open(READ_TITLE);
  await expect(annals.articleText.locator('main p').first()).toBeVisible();
  for (const theme of ['Light', 'Dark', 'Sepia']) {
    await annals.runCommand(`Theme: ${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    for (const width of [720, 1280, 2560]) {
      await resizeWindow(page, { width, height: width === 2560 ? 1300 : 820 });
      const size = await annals.articleText
        .locator('main p')
        .first()
        .evaluate((paragraph) => Number.parseFloat(getComputedStyle(paragraph).fontSize));
      expect(size, `${theme} at ${width} px`).toBeGreaterThanOrEqual(18);
      expect(size, `${theme} at ${width} px`).toBeLessThanOrEqual(20);
      // The layout follows the window a frame or two later (the sidebar and the notes react to media queries):
      // measure once it has settled, which a fixed read right after resizing raced (44 characters at 720 px).
      const measure = expect.poll(async () => (await textColumn(page)).perLine, {
        message: `${theme} at ${width} px`,
      });
      if (width >= 1280) {
        await measure.toBeGreaterThan(65);
        await measure.toBeLessThan(75);
      } else {
        // At 720 px the notes open over the text only when asked for, so it keeps a reader's measure.
        await measure.toBeGreaterThanOrEqual(55);
      }
      await page.screenshot({ path: shots(`reader-type-${theme.toLowerCase()}-${width}.png`) });
    }
  }
  await resizeWindow(page, { width: 2560, height: 1300 });
  await annals.runCommand('Theme: Match the system');
});
