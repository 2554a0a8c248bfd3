// @vitest-environment jsdom
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
const leftovers: string[] = [];

afterEach(async () => {
  await app?.close();
  app = null;
  for (const path of leftovers.splice(0)) await rm(path, { recursive: true, force: true });
});

async function openSync() {
  await screen.findByRole('heading', { name: 'Welcome to Annals' });
  act(() => {
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  });
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), {
    target: { value: 'Settings' },
  });
  fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
  const settings = await screen.findByRole('dialog', { name: 'Settings' });
  return within(settings).getByRole('region', { name: 'Sync' });
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
