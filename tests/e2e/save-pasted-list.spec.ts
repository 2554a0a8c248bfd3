// A list of links copied from a note or a spreadsheet, one a line, pasted into the one-line Save field: each line is
// a link of its own, not the whole list run together into one bad address.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { shots, useSharedSession } from './support/session.ts';
import { setTheme } from './support/tour.ts';

let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'save-pasted-list', web: true, viewport: { width: 1280, height: 820 } }, async (session) => {
  ({ page, annals, web } = session);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Copies text to the clipboard and pastes it into the Save field with the keyboard, as a reader does. */
async function pasteIntoSaveField(text: string) {
  await page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
  await annals.saveField.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

test('saves each line of a pasted list of links as an article of its own', async () => {
  const links = ['seed-article.html', 'publisher-offset.html', 'german-article.html'].map((name) => web.url(name));
  await pasteIntoSaveField(`${links.join('\n')}\n`);
  await expect(annals.saveField).toHaveValue(links.join(' '));
  await page.screenshot({ path: shots('save-pasted-list-light.png') });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(annals.list.getByRole('option')).toHaveCount(3);
  await expect(annals.saveField).toHaveValue('');
});

test('puts the pasted lines where the caret is, after what was typed', async () => {
  await setTheme(annals, 'dark');
  await annals.saveField.fill(`${web.url('long-read.html')} `);
  await pasteIntoSaveField(`${web.url('news-site.html')}\r\n${web.url('amp-article.html')}`);
  await expect(annals.saveField).toHaveValue(
    `${web.url('long-read.html')} ${web.url('news-site.html')} ${web.url('amp-article.html')}`,
  );
  await page.screenshot({ path: shots('save-pasted-list-dark.png') });
  await annals.saveField.fill('');
});
