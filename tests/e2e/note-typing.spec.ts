// "Highlight + note" and typing at once: on a busy computer with a big library the highlight took a second or more
// to be written, and the words typed meanwhile ran as shortcuts ("Compare with…": m marked the article read, a
// archived it, r refreshed every feed, t opened Tags) while the note got the end of the sentence only. The keys
// typed while the highlight is written go into its note.
import { expect, test } from '@playwright/test';
import { holdApi } from './support/held-api.ts';
import { highlightWithNote, noteField, openSeedArticle } from './support/highlight-note.ts';
import { withAnnals } from './support/session.ts';

test('words typed while a highlight with a note is being written go into the note, none runs as a shortcut', async ({
  page,
}) =>
  withAnnals(
    page,
    { name: 'note-typing', web: true, viewport: { width: 1280, height: 820 } },
    async ({ annals, web }) => {
      await openSeedArticle(annals, web);
      // The core answers the highlight only once the reader has typed: as a slow disk would.
      const typed = await holdApi(page, 'annotations.create');
      await highlightWithNote(page, annals);
      await page.keyboard.type('Compare with the talks at');
      await typed();

      const note = noteField(page);
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
