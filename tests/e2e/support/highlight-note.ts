// "Highlight + note" on the seed article (with the core held back by held-api.ts): what the note specs share.
import type { Page } from '@playwright/test';
import type { AnnalsPage } from './annals-page.ts';
import type { FixtureServer } from './fixture-server.ts';

export const SEED = /Kremlin Confirms/;

/** Saves the seed article from the fixture web and opens it, with no toast over the page. */
export async function openSeedArticle(annals: AnnalsPage, web: FixtureServer): Promise<void> {
  await annals.saveUrl(web.url('seed-article.html'));
  await annals.open(SEED);
  await annals.dismissToasts();
}

/** Selects words of the seed article's second paragraph and presses "Highlight + note". */
export async function highlightWithNote(page: Page, annals: AnnalsPage): Promise<void> {
  const paragraph = annals.articleText.getByText(/Putin made the suggestion for negotiations/);
  const box = await annals.steadyBox(paragraph);
  await annals.drag({ x: box.x + 1, y: box.y + 8 }, { x: box.x + box.width * 0.6, y: box.y + 8 });
  await page
    .getByRole('toolbar', { name: 'Highlight the selection' })
    .getByRole('button', { name: 'Highlight + note' })
    .click();
}

/** The note field of the highlight's popover. */
export function noteField(page: Page) {
  return page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note (Markdown)' });
}
