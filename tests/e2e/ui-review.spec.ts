// Details a UI review found: the settings open at their top with a table of contents (or at the section asked for), the palette marks the
// current theme, Ctrl+K works from a text field, and empty views offer only what can be used.
import { expect, test } from '@playwright/test';
import { addSampleArticles, shots, withAnnals } from './support/session.ts';
import { resizeWindow } from './support/window.ts';

test('opens the settings at their top, with links that bring each section into view', async ({ page }) =>
  withAnnals(page, { name: 'settings-top', viewport: { width: 800, height: 640 } }, async () => {
    // The welcome's own "Settings" link is about the bookmarklet: it opens the settings there.
    await page.getByRole('main').getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const browser = settings.getByRole('heading', { name: 'Save from your browser' });
    await expect(browser).toBeFocused();
    await expect(browser).toBeInViewport({ ratio: 1 });
    await settings.getByRole('button', { name: 'Close' }).click();

    // Settings itself (its key, the sidebar's button) opens at the top.
    await page.keyboard.press(',');
    await expect(settings.getByRole('heading', { name: 'Appearance' })).toBeInViewport();
    expect(await settings.evaluate((dialog) => dialog.scrollTop)).toBe(0);
    const contents = settings.getByRole('navigation', { name: 'Settings sections' });
    for (const name of ['Appearance', 'Save from browser', 'Feeds', 'Network', 'Library', 'Sync']) {
      await expect(contents.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await page.screenshot({ path: shots('settings-top.png') });

    await contents.getByRole('button', { name: 'Sync', exact: true }).click();
    await expect(settings.getByRole('heading', { name: 'Sync', exact: true })).toBeInViewport({ ratio: 1 });
    await expect(settings.getByRole('heading', { name: 'Settings' })).toBeInViewport();
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press(',');
    await expect(settings.getByRole('heading', { name: 'Appearance' })).toBeInViewport();
  }));

test('opens the command palette with Ctrl+K from a text field, and marks the theme in use', async ({ page }) =>
  withAnnals(page, { name: 'palette-keys', viewport: { width: 1440, height: 900 } }, async ({ annals }) => {
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.fill('harbour');
    await search.press('Control+k');
    await expect(palette).toBeVisible();
    await expect(search).toHaveValue('harbour');
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();

    await annals.saveField.click();
    await annals.saveField.press('Control+k');
    await expect(palette).toBeVisible();
    const combobox = palette.getByRole('combobox', { name: 'Type a command' });
    await combobox.fill('theme');
    const dark = palette.getByRole('option', { name: /Theme: Dark/ });
    await expect(dark).toHaveAttribute('aria-checked', 'false');
    await expect(palette.getByRole('option', { name: /Theme: Match the system \(current\)/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await dark.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await search.press('Control+k');
    await combobox.fill('theme');
    await expect(palette.getByRole('option', { name: /Theme: Dark \(current\)/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(palette.getByRole('option', { checked: true })).toHaveCount(1);
    await page.screenshot({ path: shots('palette-current-theme-dark.png') });
  }));

// With a filter chip (-ferry) the filters and the buttons no longer fit one line at 720 px: "Timeline of these results"
// and Save went alone to a second line. The filters wrap among themselves; the buttons keep the first line's end.
test('keeps the search buttons at the end of the filters’ first line at 720 to 2560 px', async ({ page }) =>
  withAnnals(page, { name: 'save-search', viewport: { width: 720, height: 800 } }, async ({ annals }) => {
    await addSampleArticles(annals);
    const search = page.getByRole('searchbox', { name: 'Search the library' });
    const results = page.getByRole('region', { name: 'Search results' });
    const save = results.getByRole('button', { name: 'Save this search' });
    const timeline = results.getByRole('button', { name: 'Timeline of these results' });
    for (const width of [720, 1280, 2560]) {
      await page.setViewportSize({ width, height: 800 });
      for (const query of ['bridge', 'bridge -ferry']) {
        await search.fill(query);
        const filters = results.getByRole('button', { name: /^\+ |^Remove the filter/ });
        await expect(results.getByRole('button', { name: '+ Archived' })).toBeVisible();
        await expect(save).toBeVisible();
        const first = (await filters.first().boundingBox())!;
        const [saveBox, timelineBox] = [(await save.boundingBox())!, (await timeline.boundingBox())!];
        for (const [name, box] of [
          ['Save this search', saveBox],
          ['Timeline of these results', timelineBox],
        ] as const) {
          // On the filters' first line: their vertical middles meet.
          const off = Math.abs(box.y + box.height / 2 - (first.y + first.height / 2));
          expect(off, `${name} on the first line at ${width} px, “${query}”`).toBeLessThan(4);
          expect(box.x + box.width, `${name} inside the window`).toBeLessThanOrEqual(width);
        }
        expect(timelineBox.x + timelineBox.width).toBeLessThanOrEqual(saveBox.x);
        // No filter runs under the buttons.
        for (const filter of await filters.all()) {
          const box = (await filter.boundingBox())!;
          expect(box.x + box.width, `${await filter.textContent()} before the buttons`).toBeLessThanOrEqual(
            timelineBox.x,
          );
        }
        if (query !== 'bridge') await page.screenshot({ path: shots(`search-filters-${width}.png`) });
      }
    }
    await save.click();
    await expect(results.getByRole('button', { name: 'This search is saved' })).toBeDisabled();
  }));

test('shows a small picture at most twice its own size, not stretched to the column', async ({ page }) =>
  withAnnals(
    page,
    { name: 'small-pictures', web: true, viewport: { width: 1440, height: 900 } },
    async ({ annals, web }) => {
      // The seed article's picture is 64×36 pixels, though its page says width="640".
      await annals.saveUrl(web.url('seed-article.html'));
      await annals.open(/Kremlin Confirms/);
      const picture = annals.articleText.getByRole('img', { name: 'Delegations arrive in Istanbul' });
      await expect(picture).toBeVisible();
      await expect.poll(async () => (await picture.boundingBox())?.width).toBeLessThanOrEqual(128);
      expect((await picture.boundingBox())!.width).toBeGreaterThanOrEqual(64);
      await page.screenshot({ path: shots('small-picture.png') });
    },
  ));

test('centres a picture’s caption under the centred picture, in every theme', async ({ page }) =>
  withAnnals(page, { name: 'captions', web: true, viewport: { width: 1440, height: 900 } }, async ({ annals, web }) => {
    await annals.saveUrl(web.url('seed-article.html'));
    await annals.open(/Kremlin Confirms/);
    const figure = annals.articleText.getByRole('figure', { name: 'Delegations arrive in Istanbul.' });
    const picture = figure.getByRole('img', { name: 'Delegations arrive in Istanbul' });
    const caption = figure.getByText('Delegations arrive in Istanbul.');
    for (const theme of ['Light', 'Dark', 'Sepia']) {
      await annals.runCommand(`Theme: ${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      await expect(picture).toBeVisible();
      // The picture is smaller than the column, so a caption at the column's start would sit off to its left.
      await expect.poll(async () => (await picture.boundingBox())?.width).toBeLessThanOrEqual(128);
      const pictureBox = (await picture.boundingBox())!;
      const words = await caption.evaluate((element) => {
        const range = element.ownerDocument.createRange();
        range.selectNodeContents(element);
        const box = range.getBoundingClientRect();
        return { left: box.left, right: box.right };
      });
      const frameLeft = (await page.locator('iframe[title="Article text"]').boundingBox())!.x;
      const pictureMiddle = pictureBox.x + pictureBox.width / 2 - frameLeft;
      expect(
        Math.abs((words.left + words.right) / 2 - pictureMiddle),
        `caption under the picture (${theme})`,
      ).toBeLessThan(2);
      if (theme === 'Sepia') await page.screenshot({ path: shots('figure-caption-sepia.png') });
    }
    await annals.runCommand('Theme: Match the system');
  }));

test('offers in an empty view only what can be used there, and keeps its words and actions', async ({ page }) =>
  withAnnals(page, { name: 'empty-views', viewport: { width: 1440, height: 900 } }, async ({ annals }) => {
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    const actions = page.getByRole('toolbar', { name: 'Article actions' });
    const welcome = page.getByRole('region', { name: 'Welcome to Annals' });
    await expect(welcome.getByRole('button', { name: 'Add sample articles' })).toBeVisible();
    await expect(welcome).toContainText('Paste a link above');
    await expect(sort).toHaveCount(0);
    await expect(actions).toHaveCount(0);

    await annals.view('Favorites').click();
    // With no article at all, how to save a first one, not "press F on an article".
    await expect(page.getByRole('region', { name: 'No favorites yet' })).toContainText(
      'Paste a link in the field above to save your first one',
    );
    await expect(sort).toHaveCount(0);
    await expect(actions).toHaveCount(0);

    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.fill('zeppelin');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results).toContainText('No article matches “zeppelin”');
    await expect(results.getByRole('button', { name: 'Timeline of these results' })).toHaveCount(0);
    await expect(results.getByRole('button', { name: 'Save this search' })).toBeEnabled();
    await search.fill('');

    await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'Timeline' }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Timeline' });
    await expect(page.getByRole('region', { name: 'No events yet' })).toContainText('Save a few articles');
    await expect(toolbar.getByRole('checkbox', { name: 'Show hidden' })).toBeVisible();
    await expect(toolbar.getByRole('group', { name: 'Zoom' })).toHaveCount(0);
    await expect(toolbar.getByRole('button', { name: /Export/ })).toHaveCount(0);
    await page.screenshot({ path: shots('empty-timeline.png') });

    // With articles, every control is back.
    await annals.view('Inbox').click();
    await addSampleArticles(annals);
    await expect(sort).toBeVisible();
    await expect(page.getByRole('toolbar', { name: /^(Article actions|Actions for)/ })).toBeVisible();
    await page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name: 'Timeline' }).click();
    await expect(toolbar.getByRole('group', { name: 'Zoom' })).toBeVisible();
    await expect(toolbar.getByRole('button', { name: /Export/ })).toBeVisible();

    // Beside the sidebar at 1100 px the toolbar keeps one line: the groups' names give way, not "Export".
    await resizeWindow(page, { width: 1100, height: 800 });
    await expect(page.getByRole('navigation', { name: 'Library views' })).toBeVisible();
    await expect(async () => {
      const zoom = await toolbar.getByRole('group', { name: 'Zoom' }).boundingBox();
      const lanes = await toolbar.getByRole('group', { name: 'Lanes' }).boundingBox();
      const exports = await toolbar.getByRole('button', { name: /Export/ }).boundingBox();
      expect(zoom && lanes && exports).toBeTruthy();
      expect(Math.abs(exports!.y + exports!.height / 2 - (zoom!.y + zoom!.height / 2))).toBeLessThan(6);
      expect(Math.abs(lanes!.y - zoom!.y)).toBeLessThan(6);
    }).toPass({ timeout: 5000 });
  }));
