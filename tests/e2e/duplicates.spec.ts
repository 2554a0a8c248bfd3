// Settings › Library offers to merge the duplicates an older Annals left (one page saved twice before a
// page had one key), says how many there are, merges them, and Undo brings the copies back.
import { expect, test } from '@playwright/test';
import { writeDuplicatePair } from '../unit/helpers/duplicates.ts';
import { withAnnals } from './support/session.ts';

const olderLibrary = { name: 'duplicates', beforeStart: (libraryDir: string) => writeDuplicatePair(libraryDir) };

test('merges the copies of one page from Settings, and undoes the merge', async ({ page }) =>
  withAnnals(page, olderLibrary, async ({ annals }) => {
    await annals.view('All articles').click();
    await expect(annals.list.getByRole('option')).toHaveCount(2);

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const library = settings.getByRole('region', { name: 'Library' });
    await expect(library).toContainText('1 duplicate article found: 1 page saved more than once.');
    await library.getByRole('button', { name: 'Merge duplicate articles' }).click();
    await expect(library).toContainText('No duplicate articles: every page is saved once.');
    await expect(library.getByRole('button', { name: 'Merge duplicate articles' })).toBeDisabled();
    await settings.getByRole('button', { name: 'Close' }).click();
    await expect(annals.list.getByRole('option')).toHaveCount(1);

    await annals.undo('Merged 1 duplicate article into 1 article');
    await expect(annals.list.getByRole('option')).toHaveCount(2);
  }));
