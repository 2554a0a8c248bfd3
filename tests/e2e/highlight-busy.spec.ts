// "Highlight + note" while the core is busy (a big library putting its timeline together): the highlight's mark and
// its note's popover waited until every list, tag count and feed was read again, seconds on a busy core, and a
// reader who pressed Esc meanwhile left the article with the note unwritten. What shows the highlight is read again
// first; the rest follows without holding it back.
import { expect, test } from '@playwright/test';
import { withAnnals } from './support/session.ts';

const SEED = /Kremlin Confirms/;

test('a highlight with a note shows at once while the rest of the library is slow to answer, and survives a reload', async ({
  page,
}) =>
  withAnnals(
    page,
    { name: 'highlight-busy', web: true, viewport: { width: 1280, height: 820 } },
    async ({ annals, web }) => {
      await annals.saveUrl(web.url('seed-article.html'));
      await annals.open(SEED);
      await annals.dismissToasts();
      // The feeds and tags answer only at the end: as on a core busy with derived work.
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const held = async (route: import('@playwright/test').Route) => {
        await released;
        await route.continue();
      };
      await page.route('**/api/feeds.list', held);
      await page.route('**/api/tags.list', held);

      const paragraph = annals.articleText.getByText(/Putin made the suggestion for negotiations/);
      await paragraph.scrollIntoViewIfNeeded();
      const box = (await paragraph.boundingBox())!;
      await annals.drag({ x: box.x + 1, y: box.y + 8 }, { x: box.x + box.width * 0.6, y: box.y + 8 });
      await page
        .getByRole('toolbar', { name: 'Highlight the selection' })
        .getByRole('button', { name: 'Highlight + note' })
        .click();
      const note = page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note (Markdown)' });
      await expect(note).toBeFocused();
      await expect(annals.articleText.locator('mark.annals-hl')).toHaveCount(1);
      await page.keyboard.type('Compare with the talks at Istanbul.');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0);
      await expect(annals.reader.getByRole('heading', { level: 1 })).toBeVisible();

      release();
      await page.unroute('**/api/feeds.list');
      await page.unroute('**/api/tags.list');
      await page.reload();
      await annals.open(SEED);
      await expect(annals.articleText.locator('mark.annals-hl')).toHaveCount(1);
      await annals.articleText.locator('mark.annals-hl').first().click();
      await expect(
        page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note (Markdown)' }),
      ).toHaveValue('Compare with the talks at Istanbul.');
    },
  ));
