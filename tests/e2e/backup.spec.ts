// Backing up from Settings in browser mode, then restoring: merged into the same library (no
// duplicate), and into a new empty library where the article comes back readable, image and all.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { AnnalsPage } from './support/annals-page.ts';
import { AppServer } from './support/app-server.ts';
import { FixtureServer } from './support/fixture-server.ts';

const shots = (name: string) => path.join(test.info().project.outputDir, '..', 'screenshots', name);

test('backs up the library from Settings and restores it, merged and into an empty library', async ({ page }) => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'annals-e2e-backup-'));
  const backups = path.join(work, 'backups');
  const web = new FixtureServer();
  // The app servers take the folder backups go to from their environment (not the tester's Downloads).
  process.env.ANNALS_BACKUP_DIR = backups;
  const first = new AppServer(path.join(work, 'library'));
  const second = new AppServer(path.join(work, 'empty-library'));
  try {
    mkdirSync(backups);
    await web.start();
    await first.start();
    const annals = new AnnalsPage(page);
    await page.goto(first.url);
    await annals.saveUrl(web.url('seed-article.html'));

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Back up library…' }).click();
    await expect(settings.getByRole('status').filter({ hasText: 'Backed up' })).toContainText(
      /Backed up 1 article \(\d+ KB\) to .*Annals backup \d{4}-\d{2}-\d{2}\.zip/,
    );
    const [zipName] = readdirSync(backups);
    expect(zipName).toMatch(/^Annals backup \d{4}-\d{2}-\d{2}\.zip$/);
    const zip = path.join(backups, zipName!);

    // Into the same library: it says it will merge, and nothing is duplicated.
    await settings.getByLabel('Backup file to restore').setInputFiles(zip);
    const confirm = settings.getByRole('region', { name: 'Confirm restore' });
    await expect(confirm).toContainText('This library already has 1 article: the backup is merged into it.');
    await annals.dismissToasts();
    await expect(page.getByRole('status', { name: 'Progress', includeHidden: true })).toHaveText('');
    await confirm.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shots('backup-settings.png') });
    await confirm.getByRole('button', { name: 'Merge into this library' }).click();
    await expect(settings.getByRole('region', { name: 'Restore result' })).toContainText(
      'Restored 0 articles, merged 1 article this library already had.',
    );
    await settings.getByRole('button', { name: 'Close' }).click();
    await expect(annals.list.getByRole('option')).toHaveCount(1);

    // Into an empty library: restored as it was, and readable.
    await second.start();
    await page.goto(second.url);
    // The welcome screen of an empty library points to Settings too.
    await page.getByRole('region', { name: 'Welcome to Annals' }).getByRole('button', { name: 'Settings' }).click();
    await settings.getByLabel('Backup file to restore').setInputFiles(zip);
    await expect(confirm).toContainText('This library is empty: the backup is restored as it was');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(settings.getByRole('region', { name: 'Restore result' })).toContainText('Restored 1 article.');
    await settings.getByRole('button', { name: 'Close' }).click();
    await web.stop();
    await annals.open(/Kremlin Confirms/);
    await expect(annals.articleText.getByText(/ready for serious work/)).toBeVisible();
    await expect.poll(() => annals.articleImagesLoaded()).toBe(true);
  } finally {
    delete process.env.ANNALS_BACKUP_DIR;
    await first.stop();
    await second.stop();
    await web.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
