// Esc while a highlight's note is being written: "Highlight + note", words typed while the highlight is still being
// written (a busy core), then Esc. The words were dropped and the Esc went on to leave the article. As in Obsidian
// or Readwise, Esc closes the note keeping what was typed; Esc again leaves the article.
import { expect, test } from '@playwright/test';
import { holdApi } from './support/held-api.ts';
import { highlightWithNote, noteField, openSeedArticle, SEED } from './support/highlight-note.ts';
import { withAnnals } from './support/session.ts';

test('Esc while a note is typed for a highlight still being written keeps the words as its note and stays in the article', async ({
  page,
}) =>
  withAnnals(page, { name: 'note-esc', web: true, viewport: { width: 1280, height: 820 } }, async ({ annals, web }) => {
    await openSeedArticle(annals, web);
    const release = await holdApi(page, 'annotations.create');
    await highlightWithNote(page, annals);
    await page.keyboard.type('Compare with the talks at Istanbul.');
    await page.keyboard.press('Escape');
    // Still reading: the Esc closed the note, not the article.
    await expect(annals.reader.getByRole('heading', { level: 1 })).toBeVisible();
    await release();
    await expect(annals.articleText.locator('mark.annals-hl')).toHaveCount(1);
    // The note is closed, not opened again by the highlight arriving.
    await expect(page.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: 'Highlights and notes' })).toContainText(
      'Compare with the talks at Istanbul.',
    );

    // Esc again leaves the article.
    await page.keyboard.press('Escape');
    await expect(annals.reader).toHaveCount(0);
    await annals.open(SEED);
    await annals.articleText.locator('mark.annals-hl').first().click();
    await expect(noteField(page)).toHaveValue('Compare with the talks at Istanbul.');
  }));
