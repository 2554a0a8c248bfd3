// Coming home from Pocket in browser mode: drop the export zip on the window, check the preview,
// import, watch the articles' text arrive (one address fails and says why), read an article.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import type { FixtureServer } from './support/fixture-server.ts';
import { shots, withAnnals } from './support/session.ts';
import { setTheme, themes } from './support/tour.ts';

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

test('starts over for each file, retries each failed row, and keeps highlights waiting for their text', async ({
  page,
}) =>
  withAnnals(
    page,
    { name: 'import-again', web: true, viewport: { width: 1280, height: 900 } },
    async ({ annals, web }) => {
      const csv = (rows: string[]) => `title,url,time_added,tags,status\n${rows.join('\n')}\n`;
      const row = (title: string, page: string) => `${title},${web.url(page)},1688628695,,unread`;
      const gone = Array.from({ length: 6 }, (_, i) => row(`Gone page ${i + 1}`, `gone-${i + 1}.html`));
      // Highlights made in Pocket on a page this web no longer serves: its text will not arrive.
      const highlights = [
        {
          url: web.url('gone-1.html'),
          highlights: [{ quote: 'the old grain silos could become flats', created_at: 1688700000 }],
        },
      ];
      const dropFile = async (name: string, bytes: Uint8Array) => {
        const dataTransfer = await page.evaluateHandle(
          ([fileName, data]) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([new Uint8Array(data)], fileName));
            return transfer;
          },
          [name, [...bytes]] as const,
        );
        await page.getByRole('main').first().dispatchEvent('drop', { dataTransfer });
      };
      await dropFile(
        'pocket-first.zip',
        zipSync({
          'part_000000.csv': strToU8(csv([row('Kremlin talks', 'seed-article.html'), ...gone])),
          'part_000000.json': strToU8(JSON.stringify(highlights)),
        }),
      );

      const dialog = page.getByRole('dialog', { name: 'Import' });
      const preview = dialog.getByRole('region', { name: 'What will be imported' });
      await expect(preview).toContainText('7 articles');
      await expect(preview).toContainText('The text of 7 articles will be fetched from the web');
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      const imported = dialog.getByRole('status').filter({ hasText: 'Imported 7 new articles' });
      await expect(imported).toBeVisible();
      await expect(dialog.getByText(/Done: 1 fetched, 6 could not be/)).toBeVisible({ timeout: 30_000 });
      // Told once: the open dialog says what could not be fetched; the corner (seen, if hidden from the modal dialog's
      // readers) does not repeat it beside it.
      const corner = page.getByRole('status', { name: 'Progress', includeHidden: true });
      await expect(corner).toHaveCount(1);
      await expect(corner).not.toContainText('could not be fetched');
      // Done, the bar tells what was fetched: a seventh of it filled, not a full bar as if all had come.
      const bar = dialog.getByRole('progressbar', { name: 'Articles fetched' });
      await expect(bar).toHaveAttribute('aria-valuetext', '1 of 7 fetched');
      const [whole, filled] = await bar.evaluate((element) => [
        element.getBoundingClientRect(),
        element.firstElementChild!.getBoundingClientRect(),
      ]);
      expect((filled!.right - whole!.left) / whole!.width).toBeCloseTo(1 / 7, 1);

      // However many failed, every row has its Retry in sight, named for its article.
      const failures = dialog.getByRole('list', { name: 'Articles that could not be fetched' });
      for (let n = 1; n <= 6; n++)
        await expect(failures.getByRole('button', { name: `Retry Gone page ${n}` })).toBeVisible();
      web.serveAs('gone-6.html', 'publisher-offset.html');
      await failures.getByRole('button', { name: 'Retry Gone page 6' }).click();
      await expect(failures.getByRole('button', { name: 'Retry Gone page 6' })).toHaveCount(0, { timeout: 30_000 });
      await expect(failures.getByRole('listitem')).toHaveCount(5);

      // A second file: its own preview, nothing of the first import's results; only the new page is fetched.
      await dialog.getByLabel('Export file').setInputFiles({
        name: 'second.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv([row('Kremlin talks', 'seed-article.html'), row('Westhaven', 'long-read.html')])),
      });
      await expect(preview).toContainText('second.csv: ');
      await expect(preview).toContainText('1 already in your library');
      await expect(preview).toContainText('The text of 1 article will be fetched from the web');
      await expect(imported).toHaveCount(0);
      await expect(failures).toHaveCount(0);
      // A file dropped while the dialog is open replaces the one in it.
      await dropFile('third.csv', strToU8(csv([row('Wildfire bond', 'publisher-offset.html')])));
      await expect(preview).toContainText('third.csv: ');
      await expect(preview).toContainText('1 article');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // No text, no reading time; an article with its text has one.
      await expect(annals.article(/Gone page 1/)).toBeVisible();
      await expect(annals.article(/Gone page 1/)).not.toContainText('min read');
      await expect(annals.article(/Kremlin Confirms Putin/)).toContainText('min read');

      // Its highlight waits for the text, with a way to fetch it, in the Highlights pane and in the reader.
      await page
        .getByRole('navigation', { name: 'Library views' })
        .getByRole('button', { name: /Highlights/ })
        .click();
      const waiting = page
        .getByRole('main', { name: 'Highlights and notes' })
        .getByRole('list', { name: 'Highlights waiting for their article’s text' });
      await expect(waiting).toContainText('The text of “Gone page 1” has not arrived yet');
      await expect(waiting.getByRole('button', { name: 'Fetch again Gone page 1' })).toBeVisible();
      await annals.view('Inbox').click();
      await annals.open(/Gone page 1/);
      await expect(annals.reader.getByText(/min read/)).toHaveCount(0);
      const notes = page.getByRole('complementary', { name: 'Highlights and notes' });
      await expect(notes).toContainText('This article’s text has not arrived yet');
      await expect(notes.getByText('No longer in the text')).toHaveCount(0);
      web.serveAs('gone-1.html', 'long-read.html');
      await notes.getByRole('button', { name: 'Fetch again' }).click();
      await expect(annals.articleText.getByText(/old grain silos could become flats/).first()).toBeVisible({
        timeout: 30_000,
      });
      await expect(notes).not.toContainText('has not arrived yet');
      await expect(notes.getByRole('heading', { name: '1 highlight' })).toBeVisible();
      await expect(annals.reader.getByText(/min read/)).toBeVisible();
    },
  ));

test('lays each failed row on one line at 720 to 2560 px: a long title cut short, Retry at its end', async ({ page }) =>
  withAnnals(
    page,
    { name: 'import-failures-wide', web: true, viewport: { width: 720, height: 800 } },
    async ({ annals, web }) => {
      const titles = Array.from(
        { length: 3 },
        (_, i) => `Page ${i + 1}: a long title of an article the web no longer serves, with words enough to fill a row`,
      );
      const rows = titles.map((title, i) => `"${title}",${web.url(`gone-${i + 1}.html`)},1688628695,,unread`);
      await page
        .getByRole('main')
        .first()
        .dispatchEvent('drop', {
          dataTransfer: await page.evaluateHandle(
            (csv) => {
              const transfer = new DataTransfer();
              transfer.items.add(new File([csv], 'pocket.csv', { type: 'text/csv' }));
              return transfer;
            },
            `title,url,time_added,tags,status\n${rows.join('\n')}\n`,
          ),
        });
      const dialog = page.getByRole('dialog', { name: 'Import' });
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog.getByText(/Done: 0 fetched, 3 could not be/)).toBeVisible({ timeout: 30_000 });
      await dialog.getByRole('button', { name: 'Close' }).click();

      for (const theme of themes) {
        await setTheme(annals, theme);
        for (const width of [720, 1280, 2560]) {
          await page.setViewportSize({ width, height: 800 });
          await annals.runCommand('Import from Pocket');
          const failures = dialog.getByRole('list', { name: 'Articles that could not be fetched' });
          for (const title of titles) {
            const row = failures.getByRole('listitem').filter({ hasText: title.slice(0, 7) });
            const name = row.getByText(title.slice(0, 7));
            const retry = row.getByRole('button', { name: `Retry ${title}` });
            await expect(retry).toBeVisible();
            // Retry beside the title, on its line, not wrapped under it.
            const [nameBox, retryBox] = [(await name.boundingBox())!, (await retry.boundingBox())!];
            expect(Math.abs(nameBox.y + nameBox.height / 2 - (retryBox.y + retryBox.height / 2))).toBeLessThan(4);
            expect(retryBox.x).toBeGreaterThan(nameBox.x + nameBox.width);
            // Cut short, the whole title is there on hover; why it failed is told whole.
            await expect(name).toHaveAttribute('title', title);
            const why = row.getByText(/The server answered 404/);
            expect(await why.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
          }
          if (width === 720)
            expect(
              await failures.getByText(titles[0]!.slice(0, 7)).evaluate((el) => el.scrollWidth > el.clientWidth),
            ).toBe(true);
          await page.screenshot({ path: shots(`import-failures-${theme}-${width}.png`) });
          await dialog.getByRole('button', { name: 'Close' }).click();
        }
      }
    },
  ));
