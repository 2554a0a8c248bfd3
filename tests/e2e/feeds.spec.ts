// Following a site in browser mode: found from its home page, its item stored in full with its image,
// readable with the site gone; OPML import keeps folders; feeds and folders arranged by dragging or from
// the keyboard, in an order that lasts; one folder refreshed on its own; site icons in the sidebar.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { withAnnals } from './support/session.ts';

const opml = fileURLToPath(new URL('../fixtures/pages/feeds.opml', import.meta.url));

test('follows a site by its home page, reads an item offline, and imports OPML', async ({ page }) =>
  withAnnals(page, { name: 'feeds', web: true }, async ({ annals, web }) => {
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Type a command' }).fill('follow a feed');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Follow a feed' });
    await dialog.getByRole('textbox', { name: /address of a feed/ }).fill(web.url('news-site.html'));
    await dialog.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(annals.toast('Following “World Desk Daily”: 1 new article')).toBeVisible();

    const feeds = page.getByRole('navigation', { name: 'Feeds' });
    const feed = feeds.getByRole('button', { name: /^World Desk Daily/ });
    await expect(feed).toContainText('1');
    // The site's icon, found on its home page, is kept in the library and shown beside the name
    // (a decorative <img alt="">, which has no role to find it by).
    await expect
      .poll(() => feed.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBe(32);
    await feed.click();
    await expect(annals.list.getByRole('option')).toHaveCount(1);

    // Read it with the site gone: text and image come from the library.
    await web.stop();
    await annals.open(/Kremlin Confirms/);
    await expect(annals.articleText.getByText(/ready for serious work/)).toBeVisible();
    await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
    await annals.backToList();
    await expect(feed).not.toContainText('1'); // read now

    await feeds.getByRole('button', { name: 'Follow…' }).click();
    await page.getByRole('dialog', { name: 'Follow a feed' }).getByLabel('Import an OPML file').setInputFiles(opml);
    await expect(feeds.getByText('Engineering')).toBeVisible();
    // (Its refresh fails here, with no internet: the entry then carries a warning before its name.)
    await expect(feeds.getByRole('button', { name: /Span & Beam/ }).first()).toBeVisible();

    // Rename and move a feed; stop following it and take that back.
    await feeds.getByRole('button', { name: 'Settings of World Desk Daily' }).click();
    const settings = page.getByRole('dialog', { name: 'Feed settings' });
    // Every control says what it does to this feed: none is a bare "Refresh" or "Move up".
    await expect(settings.getByRole('button', { name: 'Refresh this feed now' })).toBeVisible();
    await expect(settings.getByRole('combobox', { name: 'Check for new articles' })).toHaveValue('60');
    for (const bare of ['Refresh', 'Move up', 'Move down', 'Stop following']) {
      await expect(settings.getByRole('button', { name: bare, exact: true })).toHaveCount(0);
      await expect(settings.getByRole('combobox', { name: bare, exact: true })).toHaveCount(0);
    }
    await settings.getByRole('textbox', { name: 'Name' }).fill('World Desk');
    await settings.getByRole('textbox', { name: /Folder/ }).fill('News / World');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(feeds.getByText('News / World')).toBeVisible();
    await expect(feeds.getByRole('button', { name: /^(Last refresh failed )?World Desk$/ })).toBeVisible();
    await page.screenshot({ path: path.join(test.info().project.outputDir, '..', 'screenshots', 'feeds.png') });

    await feeds.getByRole('button', { name: 'Settings of World Desk' }).click();
    await page.getByRole('dialog', { name: 'Feed settings' }).getByRole('button', { name: 'Stop following' }).click();
    await expect(feeds.getByRole('button', { name: /^(Last refresh failed )?World Desk$/ })).toHaveCount(0);
    await annals.undo(/No longer following “World Desk”/);
    await expect(feeds.getByRole('button', { name: /^(Last refresh failed )?World Desk$/ })).toBeVisible();
  }));

test('arranges feeds by dragging or from the keyboard, keeps the order, refreshes one folder, shows site icons', async ({
  page,
}) => {
  test.slow(); // four feeds, each with its article, images and site icon, on a machine others share
  await withAnnals(page, { name: 'feeds', web: true }, async ({ annals, web, libraryDir }) => {
    // Four editions of the fixture site's feed and a site without an icon, as another reader would export them.
    const feed = (edition: string) => web.url(`news-feed.xml?edition=${edition}`);
    const opmlFile = path.join(libraryDir, 'editions.opml');
    writeFileSync(
      opmlFile,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Editions</title></head><body>
        <outline text="Almanac" xmlUrl="${feed('almanac')}"/>
        <outline text="News"><outline text="Bugle" xmlUrl="${feed('bugle')}"/><outline text="Courier" xmlUrl="${feed('courier')}"/></outline>
        <outline text="Sport"><outline text="Derby" xmlUrl="${feed('derby')}"/></outline>
        <outline text="Local"><outline text="Harbour Notes" xmlUrl="${web.url('harbour-notes.xml')}"/></outline>
      </body></opml>`,
    );
    await annals.feeds.getByRole('button', { name: 'Follow…' }).click();
    await page.getByRole('dialog', { name: 'Follow a feed' }).getByLabel('Import an OPML file').setInputFiles(opmlFile);
    // Two articles: the four editions carry the same item, and an item is never stored twice.
    await expect(annals.toast('2 new articles from 5 feeds')).toBeVisible({ timeout: 60_000 });
    expect(await annals.feedOrder()).toEqual([
      'Almanac',
      '[News]',
      'Bugle',
      'Courier',
      '[Sport]',
      'Derby',
      '[Local]',
      'Harbour Notes',
    ]);

    // Each feed shows the icon its site names, loaded from the library.
    // (A decorative <img alt="">: it has no role to find it by.)
    const icon = annals.feedRow('Bugle').locator('img');
    await expect.poll(() => icon.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(32);
    // A site that names none, and has no /favicon.ico, gets the first letter of the feed's name.
    await expect(annals.feedRow('Harbour Notes').locator('img')).toHaveCount(0);
    await expect(annals.feedRow('Harbour Notes').getByText('H', { exact: true })).toBeVisible();

    // Courier above Bugle; Almanac into Sport; the Sport folder above News.
    await annals.feedRow('Courier').dragTo(annals.feedRow('Bugle'), { targetPosition: { x: 30, y: 4 } });
    await expect
      .poll(() => annals.feedOrder())
      .toEqual(['Almanac', '[News]', 'Courier', 'Bugle', '[Sport]', 'Derby', '[Local]', 'Harbour Notes']);
    await annals.feedRow('Almanac').dragTo(annals.folderRow('Sport'));
    await expect
      .poll(() => annals.feedOrder())
      .toEqual(['[News]', 'Courier', 'Bugle', '[Sport]', 'Derby', 'Almanac', '[Local]', 'Harbour Notes']);
    await annals.folderRow('Sport').dragTo(annals.folderRow('News'), { targetPosition: { x: 30, y: 3 } });
    await expect
      .poll(() => annals.feedOrder())
      .toEqual(['[Sport]', 'Derby', 'Almanac', '[News]', 'Courier', 'Bugle', '[Local]', 'Harbour Notes']);

    // Out of its folder: dropped on the list's heading, it goes first at the top level.
    await annals.feedRow('Bugle').dragTo(annals.feeds.getByRole('heading', { name: 'Feeds' }));
    await expect
      .poll(() => annals.feedOrder())
      .toEqual(['Bugle', '[Sport]', 'Derby', 'Almanac', '[News]', 'Courier', '[Local]', 'Harbour Notes']);

    // From the keyboard: the feed's and the folder's own settings move them too.
    await annals.feeds.getByRole('button', { name: 'Settings of Almanac' }).click();
    const shots = path.join(test.info().project.outputDir, '..', 'screenshots');
    await page
      .getByRole('dialog', { name: 'Feed settings' })
      .screenshot({ path: path.join(shots, 'feed-settings.png') });
    await page.getByRole('dialog', { name: 'Feed settings' }).getByRole('button', { name: 'Move up' }).click();
    await expect
      .poll(() => annals.feedOrder())
      .toEqual(['Bugle', '[Sport]', 'Almanac', 'Derby', '[News]', 'Courier', '[Local]', 'Harbour Notes']);
    await page.keyboard.press('Escape');
    await annals.feeds.getByRole('button', { name: 'Folder News' }).click();
    await page.getByRole('dialog', { name: 'Folder' }).screenshot({ path: path.join(shots, 'feed-folder.png') });
    await page.getByRole('dialog', { name: 'Folder' }).getByRole('button', { name: 'Move up' }).click();
    await expect
      .poll(() => annals.feedOrder())
      .toEqual(['Bugle', '[News]', 'Courier', '[Sport]', 'Almanac', 'Derby', '[Local]', 'Harbour Notes']);
    await page.keyboard.press('Escape');

    // The order is the library's, and so are the icons: the same after a reload with the site gone.
    const port = Number(new URL(web.origin).port);
    await web.stop();
    await page.reload();
    await expect
      .poll(() => annals.feedOrder())
      .toEqual(['Bugle', '[News]', 'Courier', '[Sport]', 'Almanac', 'Derby', '[Local]', 'Harbour Notes']);
    await expect.poll(() => icon.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(32);
    await web.start(port);

    // Refresh only the Sport folder: two feeds asked, the others left alone.
    await annals.dismissToasts();
    await annals.feeds.getByRole('button', { name: 'Refresh the feeds of Sport' }).click();
    await expect(annals.toast('0 new articles from 2 feeds')).toBeVisible();

    await annals.dismissToasts();
    await annals
      .feedRow('Courier')
      .getByRole('button', { name: /^Courier/ })
      .hover();
    await page.getByRole('complementary').screenshot({ path: path.join(shots, 'feeds-sidebar.png') });
  });
});
