// Moving the library from Settings › Sync in browser mode: a bad folder is refused with its reason, a good one
// gets every file, and the running app goes on with the library in its new folder, images and all.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shots, withAnnals } from './support/session.ts';

const moving = { name: 'move', web: true, libraryIn: 'library' };

test('moves the library to another folder from Settings and goes on reading from there', async ({ page }) =>
  withAnnals(page, moving, async ({ annals, web, folder: work, libraryDir }) => {
    const target = path.join(work, 'Sync', 'Annals');
    await annals.saveUrl(web.url('seed-article.html'));

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const sync = settings.getByRole('region', { name: 'Sync' });
    await expect(sync).toContainText(`This library is in ${libraryDir}.`);
    await sync.getByRole('button', { name: 'Move library to…' }).click();
    const form = sync.getByRole('form', { name: 'Move the library' });
    const field = form.getByRole('textbox', { name: /New folder for the library/ });

    // A folder with someone's files in it is refused, and says so.
    const photos = path.join(work, 'Photos');
    mkdirSync(photos);
    writeFileSync(path.join(photos, 'cat.jpg'), 'meow');
    await field.fill(photos);
    await form.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(sync.getByRole('alert')).toHaveText(
      `The library was not moved: ${photos} is not empty (it holds cat.jpg); pick an empty folder or a new one.`,
    );
    await field.fill('Sync/Annals');
    await form.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(sync.getByRole('alert')).toContainText('Give the new folder as a full path');

    await field.fill(target);
    await form.getByRole('button', { name: 'Move', exact: true }).click();
    const result = sync.getByRole('status');
    await expect(result).toContainText(`Moved the library to ${target}.`);
    await expect(result).toContainText(`The old folder is kept as ${libraryDir}.moved-`);
    await expect(sync.getByRole('alert')).toHaveCount(0);
    // The app reads everything again: the folder shown is the new one.
    await expect(sync).toContainText(`This library is in ${target}.`);
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shots('settings-sync-moved.png') });

    expect(existsSync(libraryDir)).toBe(false);
    expect(readdirSync(path.join(target, 'articles'))).toHaveLength(1);
    expect(readdirSync(work).filter((name) => name.startsWith('library.moved-'))).toHaveLength(1);

    await settings.getByRole('button', { name: 'Close' }).click();
    await web.stop();
    await annals.open(/Kremlin Confirms/);
    await expect(annals.articleText.getByText(/ready for serious work/)).toBeVisible();
    await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
    // What the reader does now lands in the new folder.
    const [id] = readdirSync(path.join(target, 'articles'));
    await annals.reader.getByRole('button', { name: /Favorite/ }).click();
    await expect(annals.reader.getByRole('button', { name: /Favorite/ })).toHaveAttribute('aria-pressed', 'true');
    expect(readdirSync(path.join(target, 'articles', id!, 'records'))).toContain('e2etests.json');
  }));
