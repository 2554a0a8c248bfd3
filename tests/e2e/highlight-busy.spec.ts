// "Highlight + note" while the core is busy (a big library putting its timeline together): the highlight's mark and
// its note's popover waited until every list, tag count and feed was read again, seconds on a busy core, and a
// reader who pressed Esc meanwhile left the article with the note unwritten. What shows the highlight is read again
// first; the rest follows without holding it back.
import { expect, test } from '@playwright/test';
import { holdApi } from './support/held-api.ts';
import { highlightWithNote, noteField, openSeedArticle, SEED } from './support/highlight-note.ts';
import { withAnnals } from './support/session.ts';

test('a highlight with a note shows at once while the rest of the library is slow to answer, and survives a reload', async ({
  page,
}) =>
  withAnnals(
    page,
    { name: 'highlight-busy', web: true, viewport: { width: 1280, height: 820 } },
    async ({ annals, web }) => {
      await openSeedArticle(annals, web);
      // The feeds and tags answer only at the end: as on a core busy with derived work.
      const release = await holdApi(page, 'feeds.list', 'tags.list');

      await highlightWithNote(page, annals);
      const note = noteField(page);
      await expect(note).toBeFocused();
      await expect(annals.articleText.locator('mark.annals-hl')).toHaveCount(1);
      await page.keyboard.type('Compare with the talks at Istanbul.');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0);
      await expect(annals.reader.getByRole('heading', { level: 1 })).toBeVisible();

      await release();
      await page.reload();
      await annals.open(SEED);
      await expect(annals.articleText.locator('mark.annals-hl')).toHaveCount(1);
      await annals.articleText.locator('mark.annals-hl').first().click();
      await expect(noteField(page)).toHaveValue('Compare with the talks at Istanbul.');
    },
  ));
