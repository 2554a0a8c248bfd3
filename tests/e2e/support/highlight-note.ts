// "Highlight + note" on the seed article while the core is slow: what the note specs share.
import { expect, type Page, type Route } from '@playwright/test';
import type { AnnalsPage } from './annals-page.ts';
import type { FixtureServer } from './fixture-server.ts';

export const SEED = /Kremlin Confirms/;

/** Saves the seed article from the fixture web and opens it, with no toast over the page. */
export async function openSeedArticle(annals: AnnalsPage, web: FixtureServer): Promise<void> {
  await annals.saveUrl(web.url('seed-article.html'));
  await annals.open(SEED);
  await annals.dismissToasts();
}

/**
 * The core answers the named API methods only once the returned function is called, as a slow disk or a busy core
 * would; calling it lets every held call go on and stops holding.
 */
export async function holdApi(page: Page, ...methods: string[]): Promise<() => Promise<void>> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const going: Promise<void>[] = [];
  const held = (route: Route) => {
    const answered = released.then(() => route.continue());
    going.push(answered);
    return answered;
  };
  for (const method of methods) await page.route(`**/api/${method}`, held);
  return async () => {
    release();
    // Stops holding once every held call went on (unrouting a handler still running fails its call).
    await Promise.all(going);
    for (const method of methods) await page.unroute(`**/api/${method}`, held);
  };
}

/** Selects words of the seed article's second paragraph and presses "Highlight + note". */
export async function highlightWithNote(page: Page, annals: AnnalsPage): Promise<void> {
  const paragraph = annals.articleText.getByText(/Putin made the suggestion for negotiations/);
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
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
