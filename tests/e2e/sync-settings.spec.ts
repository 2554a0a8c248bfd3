// Settings › Sync in browser mode on a library another computer writes to: this computer named, the other
// listed with its last change, and an article whose files are still on their way shown as arriving.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { shots, withAnnals } from './support/session.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = (name: string) => path.join(root, 'tests', 'fixtures', 'pages', name);

/** `annals …` on `library` as the desktop in the study; answers what it printed. */
function asDesktop(library: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['electron/cli/bin.mjs', ...args], {
    cwd: root,
    env: {
      ...process.env,
      ANNALS_LIBRARY: library,
      ANNALS_DEVICE_ID: 'desktop1',
      ANNALS_DEVICE_NAME: 'Desk in the study',
    },
    encoding: 'utf8',
  });
}

const savedId = (printed: string) => (JSON.parse(printed.trim().split('\n')[0]!) as { id: string }).id;

test('shows the other computer and an article still arriving from it', async ({ page: browser }) =>
  withAnnals(browser, { name: 'sync', libraryIn: 'library' }, async ({ annals, folder, libraryDir: here }) => {
    const desk = path.join(folder, 'desk');
    await expect(browser.getByRole('heading', { name: 'Welcome to Annals' })).toBeVisible();

    // The desktop saved two articles; the sync tool brings one whole, and only the record of the other.
    const whole = savedId(asDesktop(desk, 'add', page('seed-article.html'), '--json'));
    const arriving = savedId(asDesktop(desk, 'add', page('long-read.html'), '--json'));
    asDesktop(desk, 'tag', whole, 'ukraine');
    asDesktop(desk, 'tag', arriving, 'harbours');
    cpSync(path.join(desk, 'devices'), path.join(here, 'devices'), { recursive: true });
    cpSync(path.join(desk, 'articles', whole), path.join(here, 'articles', whole), { recursive: true });
    cpSync(path.join(desk, 'articles', arriving, 'records'), path.join(here, 'articles', arriving, 'records'), {
      recursive: true,
    });

    // Shown while the app runs, without a reload.
    await expect(annals.list.getByRole('option')).toHaveCount(2);
    await expect(annals.list.getByRole('img', { name: 'Arriving from another computer' })).toHaveCount(1);
    await browser.screenshot({ path: shots('list-arriving.png') });

    await browser.getByRole('button', { name: 'Settings' }).click();
    const settings = browser.getByRole('dialog', { name: 'Settings' });
    const sync = settings.getByRole('region', { name: 'Sync' });
    await expect(sync.getByRole('button', { name: 'Rename this computer' })).toBeVisible();
    await expect(sync).toContainText('e2etests');
    const desktop = sync.getByRole('list', { name: 'Other computers' }).getByRole('listitem', {
      name: 'Desk in the study',
    });
    await expect(desktop).toContainText(/last change (just now|\d+ minutes? ago)/);
    await expect(desktop.locator('time')).toHaveAttribute('data-tooltip', /\d{4}/);
    await expect(sync.getByRole('list', { name: 'Sync so far' })).toContainText(
      '1 article still arriving from other computers.',
    );
    await sync.scrollIntoViewIfNeeded();
    await browser.screenshot({ path: shots('settings-sync-devices.png') });
    await settings.getByRole('button', { name: 'Close' }).click();

    const row = annals.list.getByRole('option').filter({
      has: browser.getByRole('img', { name: 'Arriving from another computer' }),
    });
    await row.click();
    await expect(annals.reader.getByRole('status')).toContainText('Still arriving from another computer');
    await expect(annals.reader.getByRole('alert')).toHaveCount(0);
    await browser.screenshot({ path: shots('reader-arriving.png') });
  }));
