// Letters typed right after a key that opens a field, before that field has the focus: "t" then "floods" ran f as
// "Favorite" (and s as "Save a link") while Tags opened, and the tag field got none of it. Keys that arrive while a
// dialog, the palette or the search box is still on its way go into that field.
import { expect, type Page, test } from '@playwright/test';
import { withAnnals } from './support/session.ts';

const SEED = /Kremlin Confirms/;

/** Presses `opener`, then types `text` once the command ran but before the page has drawn what it opened. */
async function typeBeforeTheFieldIsThere(page: Page, opener: { key: string; ctrlKey?: boolean }, text: string) {
  await page.evaluate(
    async ({ opener, text }) => {
      const press = (init: KeyboardEventInit) =>
        (document.activeElement ?? document.body).dispatchEvent(
          new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }),
        );
      press(opener);
      // The command runs in a microtask; the page draws its answer in a later one.
      await Promise.resolve();
      for (const key of text) press({ key });
    },
    { opener, text },
  );
}

test('letters typed while a dialog or field is opening go into its field, none runs as a shortcut', async ({ page }) =>
  withAnnals(
    page,
    { name: 'typed-ahead', web: true, viewport: { width: 1280, height: 820 } },
    async ({ annals, web }) => {
      await annals.saveUrl(web.url('seed-article.html'));
      await annals.open(SEED);
      await annals.dismissToasts();
      await annals.reader.getByRole('heading', { level: 1 }).click();

      await typeBeforeTheFieldIsThere(page, { key: 't' }, 'floods');
      const tags = page.getByRole('dialog', { name: 'Tags' });
      await expect(tags.getByRole('combobox')).toHaveValue('floods');
      await expect(tags.getByRole('combobox')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(tags).toHaveCount(0);
      // Not favorited, and still in the reader (s would have gone to "Save a link").
      await expect(annals.reader.getByRole('button', { name: /^Favorite/ })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /Favorite/ })).toHaveCount(0);

      await typeBeforeTheFieldIsThere(page, { key: 'k', ctrlKey: true }, 'export');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await expect(palette.getByRole('combobox', { name: 'Type a command' })).toHaveValue('export');
      await page.keyboard.press('Escape');
      await expect(palette).toHaveCount(0);

      // The search box, asked for from the reader (r would refresh every feed, a archive the article).
      await typeBeforeTheFieldIsThere(page, { key: '/' }, 'rivers at');
      const search = page.getByRole('searchbox', { name: 'Search the library' });
      await expect(search).toHaveValue('rivers at');
      await expect(search).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: /Archived|Marked|Refresh/ })).toHaveCount(0);
    },
  ));
