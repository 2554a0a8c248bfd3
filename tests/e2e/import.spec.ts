// Coming home from Pocket in browser mode: drop the export zip on the window, check the preview,
// import, watch the articles' text arrive (one address fails and says why), read an article.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import type { FixtureServer } from './support/fixture-server.ts';
import { shots, withAnnals } from './support/session.ts';

function pocketExport(web: FixtureServer): Uint8Array {
  const row = (title: string, page: string, tags: string, status: string) =>
    `${title},${web.url(page)}?utm_source=pocket_saves,1688628695,${tags},${status}`;
  const csv = [
    'title,url,time_added,tags,status',
    row('Kremlin talks', 'seed-article.html', 'russia|diplomacy', 'unread'),
    row('Wildfire bond', 'publisher-offset.html', 'california', 'archive'),
    row('Westhaven harbour', 'long-read.html', 'long reads', 'unread'),
    row('A page that is gone', 'no-such-page.html', '', 'unread'),
    'Save to Pocket,javascript:alert(1),1688628695,,unread',
  ].join('\n');
  const highlights = [
    {
      url: web.url('seed-article.html'),
      highlights: [{ quote: 'Kremlin spokesperson Dmitry Peskov told CNN', created_at: 1688700000 }],
    },
  ];
  return zipSync({ 'part_000000.csv': strToU8(`${csv}\n`), 'part_000000.json': strToU8(JSON.stringify(highlights)) });
}

test('drops a Pocket export on the window, previews, imports, watches progress and reads an article', async ({
  page,
}) =>
  withAnnals(page, { name: 'import', web: true, viewport: { width: 1100, height: 800 } }, async ({ annals, web }) => {
    const bytes = [...pocketExport(web)];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'pocket-export.zip', { type: 'application/zip' }));
      return transfer;
    }, bytes);
    await page.getByRole('main').dispatchEvent('dragover', { dataTransfer });
    await page.getByRole('main').dispatchEvent('drop', { dataTransfer });

    const dialog = page.getByRole('dialog', { name: 'Import' });
    const preview = dialog.getByRole('region', { name: 'What will be imported' });
    await expect(preview).toContainText('pocket-export.zip: Pocket export (zip of 1 CSV file and highlights)');
    await expect(preview).toContainText('4 articles');
    await expect(preview).toContainText('1 highlight');
    await expect(preview).toContainText('russia (1)');
    await preview.getByText('1 row will be skipped').click();
    await expect(preview.getByRole('list', { name: 'Skipped rows' })).toContainText('javascript: link');
    await page.screenshot({ path: shots('import-dialog.png') });

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported 4 new articles' })).toBeVisible();
    const fetched = dialog.getByRole('progressbar', { name: 'Articles fetched' });
    await expect(fetched).toBeVisible();
    await expect(dialog.getByText(/Done: 3 fetched, 1 could not be/)).toBeVisible({ timeout: 30_000 });
    const failures = dialog.getByRole('list', { name: 'Articles that could not be fetched' });
    await expect(failures).toContainText('A page that is gone');
    await expect(failures).toContainText('404');
    await expect(failures.getByRole('button', { name: 'Retry A page that is gone' })).toBeVisible();
    await page.screenshot({
      path: shots('import-dialog-done.png'),
    });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Archived in Pocket: in the Archive, not the Inbox.
    await expect(annals.article(/Kremlin Confirms Putin/)).toBeVisible();
    await expect(annals.article(/wildfire bond/i)).toHaveCount(0);
    await annals.open(/Kremlin Confirms Putin/);
    await expect(annals.articleText.getByText(/Kremlin spokesperson Dmitry Peskov told CNN/)).toBeVisible();
    await annals.backToList();

    // The one that failed says why in the reader, with Retry.
    await annals.open(/A page that is gone/);
    await expect(annals.reader.getByText(/couldn’t fetch this article’s text: .*404/)).toBeVisible();
    await expect(annals.reader.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.screenshot({
      path: shots('import-reader-failed.png'),
    });
    await annals.backToList();

    // Bookmarks are .html too: dropped, they open the import preview instead of being saved as a page.
    const bookmarks = readFileSync(
      fileURLToPath(new URL('../fixtures/import/bookmarks.html', import.meta.url)),
      'utf8',
    );
    const bookmarkDrop = await page.evaluateHandle((html) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([html], 'bookmarks.html', { type: 'text/html' }));
      return transfer;
    }, bookmarks);
    await page.getByRole('main').dispatchEvent('drop', { dataTransfer: bookmarkDrop });
    await expect(
      page.getByRole('dialog', { name: 'Import' }).getByRole('region', { name: 'What will be imported' }),
    ).toContainText('Bookmarks (Netscape bookmark file)');
  }));
