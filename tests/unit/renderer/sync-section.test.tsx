// @vitest-environment jsdom
import { copyFile, cp, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { openCore } from '../../../electron/core/index.ts';
import type { MovableCore } from '../../../electron/core/library-home/movable-core.ts';
import { tempDir } from '../helpers/library.ts';
import { openSettingsSection, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
const leftovers: string[] = [];

afterEach(async () => {
  await app?.close();
  app = null;
  for (const path of leftovers.splice(0)) await rm(path, { recursive: true, force: true });
});

async function openSync() {
  await screen.findByRole('heading', { name: 'Welcome to Annals' });
  return openSettingsSection('Sync');
}

describe('Settings › Sync in the desktop app', () => {
  it('moves the library to the folder chosen in the system’s picker, with no path to type', async () => {
    const elsewhere = await tempDir('annals-sync-section-');
    leftovers.push(elsewhere.dir);
    const target = join(elsewhere.dir, 'Annals');
    const asked: string[] = [];
    app = await renderApp({
      chooseFolder: async () => {
        asked.push('picker');
        return target;
      },
    });
    const library = (await app.core.dispatch('app.info', {})) as { ok: true; value: { libraryPath: string } };
    const from = library.value.libraryPath;
    const sync = await openSync();
    await waitFor(() => expect(sync.textContent).toContain(`This library is in ${from}.`));

    fireEvent.click(within(sync).getByRole('button', { name: 'Move library to…' }));
    const result = await within(sync).findByRole('status');
    expect(asked).toEqual(['picker']);
    expect(within(sync).queryByRole('textbox')).toBeNull();
    expect(result.textContent).toContain(`Moved the library to ${target}.`);
    // The folder shown is read again from the core: the new one.
    await waitFor(() => expect(sync.textContent).toContain(`This library is in ${target}.`));
    const aside = (await readdir(dirname(from))).find((name) => name.startsWith(`${basename(from)}.moved-`));
    expect(aside).toBeDefined();
    leftovers.push(join(dirname(from), aside!));
  });

  it('changes nothing when the picker is cancelled', async () => {
    app = await renderApp({ chooseFolder: async () => null });
    const sync = await openSync();
    fireEvent.click(within(sync).getByRole('button', { name: 'Move library to…' }));
    await waitFor(() =>
      expect((within(sync).getByRole('button', { name: 'Move library to…' }) as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
    expect(within(sync).queryByRole('status')).toBeNull();
    expect(within(sync).queryByRole('alert')).toBeNull();
  });
});

// Strings, not URL objects: under jsdom, URL is jsdom's and node:url refuses it.
const here = dirname(fileURLToPath(import.meta.url));
const pagesDir = join(here, '..', '..', 'fixtures', 'pages');
const assetsDir = join(here, '..', '..', '..', 'assets');

describe('Settings › Sync, renaming this computer', () => {
  it('renames it in place; the new name is kept in the app’s folder and the library', async () => {
    const appFolder = await tempDir('annals-app-');
    leftovers.push(appFolder.dir);
    const deviceFile = join(appFolder.dir, 'device.json');
    app = await renderApp({ deviceFile });
    const sync = await openSync();
    fireEvent.click(await within(sync).findByRole('button', { name: 'Rename this computer' }));
    const form = within(sync).getByRole('form', { name: 'Rename this computer' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Name of this computer/ }), {
      target: { value: 'Kitchen laptop' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save name' }));

    expect(await within(sync).findByText('Kitchen laptop')).toBeTruthy();
    expect(within(sync).queryByRole('form', { name: 'Rename this computer' })).toBeNull();
    expect(JSON.parse(await readFile(deviceFile, 'utf8'))).toEqual({ id: 'testdevice', name: 'Kitchen laptop' });
    const libraryDir = (app.core as MovableCore).libraryDir;
    expect(JSON.parse(await readFile(join(libraryDir, 'devices', 'testdevice.json'), 'utf8'))).toMatchObject({
      name: 'Kitchen laptop',
    });
  });

  it('says why when this computer is named for the run and cannot be renamed', async () => {
    app = await renderApp();
    const sync = await openSync();
    fireEvent.click(await within(sync).findByRole('button', { name: 'Rename this computer' }));
    const form = within(sync).getByRole('form', { name: 'Rename this computer' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save name' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('ANNALS_DEVICE_NAME');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(sync).getByText('Test computer')).toBeTruthy();
  });
});

describe('Settings › Sync, a computer with no name of its own', () => {
  it('shows its id once, as its name, not again beside it', async () => {
    app = await renderApp({
      beforeRender: (core) => {
        // As a computer whose name was never given: the core names it by its id.
        const dispatch = core.dispatch.bind(core);
        core.dispatch = async (name, input) => {
          const answer = await dispatch(name, input);
          if (name !== 'sync.status' || !answer.ok) return answer;
          const status = answer.value as { device: string; deviceName: string };
          return { ...answer, value: { ...status, deviceName: status.device } };
        };
      },
    });
    const sync = await openSync();
    expect(await within(sync).findByText('testdevice')).toBeTruthy();
    expect(within(sync).getAllByText('testdevice')).toHaveLength(1);
    expect(sync.textContent).not.toMatch(/\bid testdevice/);
  });
});

describe('Settings › Sync with another computer’s files in the library', () => {
  /**
   * The desktop saves two articles in a library of its own; the sync tool has brought this computer
   * the first whole (with a conflict copy of its record) and only the records of the second.
   */
  async function desktopWrites(into: string) {
    const other = await tempDir('annals-desktop-');
    leftovers.push(other.dir);
    const desktop = await openCore({
      libraryDir: other.dir,
      device: { id: 'desktop1', name: 'Desk in the study' },
      shell: 'test',
      version: '0.0.0-test',
      assetsDir,
    });
    const save = async (page: string, url: string) => {
      const html = await readFile(join(pagesDir, page), 'utf8');
      const envelope = await desktop.dispatch('article.saveHtml', { html, url });
      if (!envelope.ok) throw new Error(envelope.error.message);
      return (envelope.value as { article: ArticleSummary }).article;
    };
    const whole = await save('seed-article.html', 'https://news.example/seed');
    const partial = await save('long-read.html', 'https://news.example/long-read');
    await desktop.dispatch('article.tag', { ids: [whole.id, partial.id], add: ['harbours'], remove: [] });
    await desktop.close();
    await cp(join(other.dir, 'devices'), join(into, 'devices'), { recursive: true });
    await cp(join(other.dir, 'articles', whole.id), join(into, 'articles', whole.id), { recursive: true });
    const records = join(into, 'articles', whole.id, 'records');
    await copyFile(
      join(records, 'desktop1.json'),
      join(records, 'desktop1.sync-conflict-20261202-101500-ABCDEF1.json'),
    );
    await cp(join(other.dir, 'articles', partial.id, 'records'), join(into, 'articles', partial.id, 'records'), {
      recursive: true,
    });
    return { whole, partial };
  }

  it('names this computer, says how to add another, and lists the desktop once its files arrive', async () => {
    app = await renderApp();
    const core = app.core as MovableCore;
    await core.watchArrivals({ debounceMs: 20, maxDelayMs: 200, rescanIntervalMs: 100 }).ready;
    const sync = await openSync();

    expect(await within(sync).findByText('Test computer')).toBeTruthy();
    expect(within(sync).getByText('testdevice')).toBeTruthy();
    expect(within(sync).queryByRole('list', { name: 'Other computers' })).toBeNull();
    expect(sync.textContent).toContain('Put this folder in Syncthing');

    await desktopWrites(core.libraryDir);

    // Shown while the settings stay open: the status is read again on the library's change.
    const others = await within(sync).findByRole('list', { name: 'Other computers' }, { timeout: 10_000 });
    const desk = within(others).getByRole('listitem', { name: 'Desk in the study' });
    expect(desk.textContent).toContain('last change just now');
    const when = within(desk).getByText('just now');
    expect(when.getAttribute('data-tooltip')).toContain(String(new Date(when.getAttribute('datetime')!).getFullYear()));
    const counts = within(sync).getByRole('list', { name: 'Sync so far' });
    await waitFor(() => expect(counts.textContent).toContain('1 conflict copy merged'), { timeout: 10_000 });
    await waitFor(() => expect(counts.textContent).toContain('1 article still arriving from other computers'));
    expect(sync.textContent).not.toContain('Put this folder in Syncthing');
  });

  it('marks an article still arriving in the list and opens it on a notice, not an error', async () => {
    app = await renderApp();
    const core = app.core as MovableCore;
    await core.watchArrivals({ debounceMs: 20, maxDelayMs: 200, rescanIntervalMs: 100 }).ready;
    const { whole } = await desktopWrites(core.libraryDir);

    const list = await screen.findByRole('listbox', { name: 'Articles' });
    const badge = await within(list).findByRole('img', { name: 'Arriving from another computer' }, { timeout: 10_000 });
    expect(within(list).getAllByRole('img', { name: 'Arriving from another computer' })).toHaveLength(1);
    const wholeRow = await within(list).findByRole('option', { name: new RegExp(escapeRegExp(whole.title)) });
    expect(within(wholeRow).queryByRole('img', { name: 'Arriving from another computer' })).toBeNull();
    // No reading time for a text that is not here yet; the whole article tells its own.
    expect(badge.closest('[role="option"]')!.textContent).not.toMatch(/min read/);
    expect(wholeRow.textContent).toMatch(/min read/);

    fireEvent.click(badge.closest('[role="option"]')!);
    const reader = await screen.findByRole('main', { name: 'Reader' });
    expect((await within(reader).findByRole('status')).textContent).toContain('Still arriving from another computer');
    expect(within(reader).queryByRole('alert')).toBeNull();
    expect(within(reader).queryByTitle('Article text')).toBeNull();
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
