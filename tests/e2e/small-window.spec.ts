// A new reader on a small screen (800 × 600): the list of articles keeps most of the window while
// links are being saved, instead of giving it to a stack of progress notes and the fields above it.
import { expect, test } from '@playwright/test';
import { addSampleArticles, shots, withAnnals } from './support/session.ts';
import { slowWeb } from './support/slow-web.ts';

test('keeps the article list tall at 800 × 600 while three links are being saved', async ({ page }) => {
  const web = await slowWeb();
  try {
    await withAnnals(page, { name: 'small-window', viewport: { width: 800, height: 600 } }, async ({ annals }) => {
      await addSampleArticles(annals);
      await annals.dismissToasts();
      // Three saves at once (from the bookmarklet, say), each waiting on the slow site.
      for (const name of ['one', 'two', 'three']) {
        annals.call('article.saveUrl', { url: web.url(`${name}.html`) }).catch(() => {});
      }
      const progress = page.getByRole('status', { name: 'Progress' });
      await expect(progress).toContainText('Saving');
      // All three saves are still going: the notes say how many, on one line.
      await expect(progress).toContainText('+2');
      await page.screenshot({ path: shots('small-window-saving-800.png') });
      const list = (await annals.list.boundingBox())!;
      // The fields, the title and one row of actions above it (the sample's note beside the actions).
      expect(list.y).toBeLessThanOrEqual(160);
      // The window is 600 px tall: the list keeps more than half of it (it had ~230 px).
      expect(list.height).toBeGreaterThanOrEqual(320);
      const status = (await progress.boundingBox())!;
      expect(status.height).toBeLessThanOrEqual(48);
      // The other two are a click away.
      await progress.getByRole('button', { name: '2 other tasks' }).click();
      await expect(progress.getByRole('list', { name: 'Other tasks' }).getByRole('listitem')).toHaveCount(2);
    });
  } finally {
    await web.stop();
  }
});
