// A new reader on a small screen (800 × 600): the list of articles keeps most of the window while
// links are being saved, instead of giving it to a stack of progress notes and the fields above it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { addSampleArticles, shots, withAnnals } from './support/session.ts';

/** A web server that takes its time: each page it is asked for answers only when the test ends. */
async function slowWeb(): Promise<{ url: (path: string) => string; stop: () => Promise<void> }> {
  const waiting: (() => void)[] = [];
  const server: Server = createServer((_request, response) => {
    waiting.push(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}/${path}`,
    stop: async () => {
      for (const answer of waiting) answer();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

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
