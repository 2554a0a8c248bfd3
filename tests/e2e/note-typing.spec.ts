// "Highlight + note" and typing at once: on a busy computer with a big library the highlight took a second or more
// to be written, and the words typed meanwhile ran as shortcuts ("Compare with…": m marked the article read, a
// archived it, r refreshed every feed, t opened Tags) while the note got the end of the sentence only. The keys
// typed while the highlight is written go into its note.
import { expect, test } from '@playwright/test';
import { withAnnals } from './support/session.ts';

const SEED = /Kremlin Confirms/;

test('words typed while a highlight with a note is being written go into the note, none runs as a shortcut', async ({
  page,
}) =>
  withAnnals(
    page,
    { name: 'note-typing', web: true, viewport: { width: 1280, height: 820 } },
    async ({ annals, web }) => {
      await annals.saveUrl(web.url('seed-article.html'));
      await annals.open(SEED);
      await annals.dismissToasts();
      // The core answers the highlight only once the reader has typed: as a slow disk would.
      let typed = () => {};
      const typing = new Promise<void>((resolve) => {
        typed = resolve;
      });
      await page.route('**/api/annotations.create', async (route) => {
        await typing;
        await route.continue();
      });
      const paragraph = annals.articleText.getByText(/Putin made the suggestion for negotiations/);
      await paragraph.scrollIntoViewIfNeeded();
      const box = (await paragraph.boundingBox())!;
      await annals.drag({ x: box.x + 1, y: box.y + 8 }, { x: box.x + box.width * 0.6, y: box.y + 8 });
      await page
        .getByRole('toolbar', { name: 'Highlight the selection' })
        .getByRole('button', { name: 'Highlight + note' })
        .click();
      await page.keyboard.type('Compare with the talks at');
      typed();

      const note = page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note (Markdown)' });
      await expect(note).toHaveValue('Compare with the talks at');
      await expect(note).toBeFocused();
      await page.keyboard.type(' Istanbul.');
      await expect(note).toHaveValue('Compare with the talks at Istanbul.');
      // Nothing ran: the article is neither archived nor marked read, no dialog but the highlight's opened.
      await expect(page.getByRole('dialog')).toHaveCount(1);
      await expect(annals.reader.getByRole('button', { name: 'Archive' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /Archived|Marked/ })).toHaveCount(0);

      // Once the note is there, keys pressed in the article's text are shortcuts again.
      await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Done' }).click();
      await annals.articleText.getByText(/Kremlin confirmed that president/).click();
      await page.keyboard.press('i');
      await expect(page.getByRole('complementary', { name: 'Highlights and notes' })).toHaveCount(0);
    },
  ));
