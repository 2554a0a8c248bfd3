// "Highlight + note" when the highlight cannot be saved (a full disk): the words typed for its note while it was being
// written went with the error toast, fifteen seconds later. As in Obsidian or Readwise, the reader's writing is never
// lost: the error shows the words and stays until the reader takes them, to try again with or to copy — each note
// its own error, when two highlights fail in a row.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { failHeldApi } from './support/held-api.ts';
import { highlightWithNote, noteField, openSeedArticle } from './support/highlight-note.ts';
import { shots, withAnnals } from './support/session.ts';

const WORDS = 'Compare with the talks at Istanbul.';
const LATER_WORDS = 'Ask the ministry for the figures.';

type Disk = Awaited<ReturnType<typeof failHeldApi>>;

/** The error that keeps these words of a highlight's note. */
const errorKeeping = (page: Page, words: string) =>
  page.getByRole('alert').filter({ hasText: 'Could not save the highlight' }).filter({ hasText: words });

/**
 * The seed article open, at 1280 px (or `width`), with the disk about to be full: `run` gets a disk whose next highlight is held
 * until `fail` (so the words are typed while it is on its way), and `noteThatFails` to make one.
 */
function withFullDisk(
  page: Page,
  name: string,
  run: (kit: {
    annals: AnnalsPage;
    disk: Disk;
    noteThatFails(words: string, disk?: Disk): Promise<void>;
  }) => Promise<void>,
  width = 1280,
) {
  return withAnnals(page, { name, web: true, viewport: { width, height: 820 } }, async ({ annals, web }) => {
    await openSeedArticle(annals, web);
    const disk = await failHeldApi(page, 'annotations.create', 'the disk is full');
    /** "Highlight + note", its words typed while the highlight is written, and the write failing. */
    const noteThatFails = async (words: string, held = disk) => {
      await highlightWithNote(page, annals);
      await page.keyboard.type(words);
      held.fail();
      await expect(errorKeeping(page, words)).toBeVisible();
    };
    await run({ annals, disk, noteThatFails });
  });
}

test('a note typed for a highlight that could not be saved stays on the error, and Try again saves both', async ({
  page,
}) =>
  withFullDisk(page, 'highlight-note-fails', async ({ annals, disk, noteThatFails }) => {
    await noteThatFails(WORDS);
    const error = errorKeeping(page, WORDS);
    await expect(error).toContainText('the disk is full');
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
  }));

test('the note of a highlight that could not be saved can be copied from the error', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await withFullDisk(page, 'highlight-note-copied', async ({ noteThatFails }) => {
    await noteThatFails(WORDS);
    await errorKeeping(page, WORDS).getByRole('button', { name: 'Copy the note' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied the note.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(WORDS);
  });
});

test('two highlights failing in a row each keep their note, with its own Try again', async ({ page }) =>
  withFullDisk(page, 'highlight-note-fails-twice', async ({ disk, noteThatFails }) => {
    await noteThatFails(WORDS);
    const later = await failHeldApi(page, 'annotations.create', 'the disk is full');
    await noteThatFails(LATER_WORDS, later);
    await page.screenshot({ path: shots('highlight-notes-kept-twice.png') });

    // The earlier note is not folded away behind the newer one: both in sight, each with its buttons.
    for (const words of [WORDS, LATER_WORDS]) {
      await expect(errorKeeping(page, words).getByRole('button', { name: 'Try again' })).toBeVisible();
      await expect(errorKeeping(page, words).getByRole('button', { name: 'Copy the note' })).toBeVisible();
    }

    await later.recover();
    await disk.recover();
    const notes = page.getByRole('complementary', { name: 'Highlights and notes' });
    for (const words of [WORDS, LATER_WORDS]) {
      await errorKeeping(page, words).getByRole('button', { name: 'Try again' }).click();
      await expect(noteField(page)).toHaveValue(words);
      await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Done' }).click();
      await expect(notes).toContainText(words);
      await expect(errorKeeping(page, words)).toHaveCount(0);
    }
  }));

// At 1280 px the cards float in the corner beside the reading column; at 800 px they take room at the column's foot.
for (const width of [1280, 800]) {
  test(`many kept notes stay within the window at ${width} px: the newest in sight, the earlier ones scrolled to`, async ({
    page,
  }) =>
    withFullDisk(
      page,
      `highlight-notes-kept-many-${width}`,
      async ({ disk, noteThatFails }) => {
        const notes = Array.from(
          { length: 7 },
          (_, n) =>
            `Note ${n + 1}: check what the envoy said about the ceasefire line against the agency's own account.`,
        );
        const disks = [disk];
        await noteThatFails(notes[0]!);
        for (const words of notes.slice(1)) {
          disks.push(await failHeldApi(page, 'annotations.create', 'the disk is full'));
          await noteThatFails(words, disks.at(-1));
        }
        await page.screenshot({ path: shots(`highlight-notes-kept-many-${width}.png`) });

        // Seven cards of a note each are taller than the window: the column stops within it, the newest whole at its foot.
        const viewport = page.viewportSize()!;
        const newest = errorKeeping(page, notes.at(-1)!);
        const box = (await newest.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        const column = (await page.locator('.toasts').boundingBox())!;
        expect(column.y).toBeGreaterThan(0);
        expect(column.height).toBeLessThan(viewport.height * 0.6);
        // The words being read keep the upper part of the window, whatever the number of notes.
        expect(column.y).toBeGreaterThan(viewport.height * 0.35);
        // The column's top edge fades while cards are out of sight above it, and not once they are all scrolled to.
        const fade = () => page.locator('.toasts').evaluate((el) => getComputedStyle(el).maskImage);
        expect(await fade()).toContain('gradient');

        // The first is there to be scrolled to, and its Try again still saves its words.
        for (const full of disks) await full.recover();
        const first = errorKeeping(page, notes[0]!);
        await first.scrollIntoViewIfNeeded();
        await page.locator('.toasts').evaluate((el) => el.scrollTo({ top: 0 }));
        await expect.poll(fade).toBe('none');
        await first.getByRole('button', { name: 'Try again' }).click();
        await expect(noteField(page)).toHaveValue(notes[0]!);
      },
      width,
    ));
}
