// "Highlight + note" when the highlight cannot be saved (a full disk): the words typed for its note while it was being
// written went with the error toast, fifteen seconds later. As in Obsidian or Readwise, the reader's writing is never
// lost: the error shows the words and stays until the reader takes them, to try again with or to copy.
import { expect, test } from '@playwright/test';
import { failHeldApi } from './support/held-api.ts';
import { highlightWithNote, noteField, openSeedArticle } from './support/highlight-note.ts';
import { shots, withAnnals } from './support/session.ts';

const WORDS = 'Compare with the talks at Istanbul.';

test('a note typed for a highlight that could not be saved stays on the error, and Try again saves both', async ({
  page,
}) =>
  withAnnals(
    page,
    { name: 'highlight-note-fails', web: true, viewport: { width: 1280, height: 820 } },
    async ({ annals, web }) => {
      await openSeedArticle(annals, web);
      const disk = await failHeldApi(page, 'annotations.create', 'the disk is full');
      await highlightWithNote(page, annals);
      await page.keyboard.type(WORDS);
      disk.fail();

      const error = page.getByRole('alert').filter({ hasText: 'Could not save the highlight' });
      await expect(error).toContainText('the disk is full');
      await expect(error).toContainText(WORDS);
      await expect(annals.articleText.locator('mark.annals-hl')).toHaveCount(0);
      await page.screenshot({ path: shots('highlight-note-kept.png') });

      // Still failing: the words stay for the next try.
      await error.getByRole('button', { name: 'Try again' }).click();
      await expect(error).toContainText(WORDS);

      await disk.recover();
      await error.getByRole('button', { name: 'Try again' }).click();
      await expect(noteField(page)).toHaveValue(WORDS);
      await expect(noteField(page)).toBeFocused();
      await expect(annals.articleText.locator('mark.annals-hl')).toHaveCount(1);
      await expect(error).toHaveCount(0);
      await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Done' }).click();
      await expect(page.getByRole('complementary', { name: 'Highlights and notes' })).toContainText(WORDS);
    },
  ));

test('the note of a highlight that could not be saved can be copied from the error', async ({ page }) =>
  withAnnals(
    page,
    { name: 'highlight-note-copied', web: true, viewport: { width: 1280, height: 820 } },
    async ({ annals, web }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await openSeedArticle(annals, web);
      const disk = await failHeldApi(page, 'annotations.create', 'the disk is full');
      await highlightWithNote(page, annals);
      await page.keyboard.type(WORDS);
      disk.fail();

      const error = page.getByRole('alert').filter({ hasText: 'Could not save the highlight' });
      await error.getByRole('button', { name: 'Copy the note' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied the note.' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(WORDS);
    },
  ));
