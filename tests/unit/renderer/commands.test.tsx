// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandSpecs } from '../../../electron/contract/commands.ts';
import { applicationMenu, type MenuEntry } from '../../../electron/main/menu-template.ts';
import { describeShortcut } from '../../../renderer/src/lib/keys.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
  await screen.findByRole('heading', { name: 'Welcome to Annals' });
});
afterEach(() => app.close());

function menuCommands(entries: readonly MenuEntry[]): Extract<MenuEntry, { kind: 'command' }>[] {
  return entries.flatMap((entry) =>
    entry.kind === 'command' ? [entry] : entry.kind === 'submenu' ? menuCommands(entry.submenu) : [],
  );
}

describe('the desktop menu and the command palette', () => {
  it('name every menu command alike and show the same key for it', async () => {
    act(() => {
      fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    });
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const shown = within(palette)
      .getAllByRole('option')
      .map((option) => ({
        name: option.querySelector('span')?.textContent,
        key: option.querySelector('kbd')?.textContent ?? null,
      }));
    const menu = menuCommands(applicationMenu({ platform: 'linux', devTools: false }));
    expect(menu.length).toBeGreaterThan(4);
    for (const entry of menu) {
      const spec = commandSpecs.find((candidate) => candidate.id === entry.command);
      const key = spec && 'shortcut' in spec ? describeShortcut(spec.shortcut) : null;
      expect(shown).toContainEqual({ name: entry.label, key });
    }
  });

  it('runs a clicked menu item in the window, as the palette would run it', async () => {
    app.clickMenu('help.shortcuts');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    fireEvent.keyDown(help, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    app.clickMenu('view.theme.sepia');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
    expect(app.settings()).toMatchObject({ reader: { theme: 'sepia' } });

    app.clickMenu('article.saveUrl');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Save a link' })));
  });

  it('ignores a menu message naming no command', async () => {
    app.clickMenu('library.eraseEverything');
    app.clickMenu('help.about');
    expect(await screen.findByRole('dialog', { name: 'About Annals' })).toBeTruthy();
  });

  it('finds a settings section by the words a reader types, and opens the settings there', async () => {
    async function runFromPalette(typed: string, title: string) {
      act(() => {
        fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
      });
      const palette = await screen.findByRole('dialog', { name: 'Command palette' });
      fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), { target: { value: typed } });
      expect(within(palette).getAllByRole('option')[0]?.textContent).toContain(title);
      fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
      return screen.findByRole('dialog', { name: 'Settings' });
    }
    let settings = await runFromPalette('sync', 'Sync with your other computers…');
    await waitFor(() => expect(document.activeElement).toBe(within(settings).getByRole('heading', { name: 'Sync' })));
    fireEvent.keyDown(settings, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // "backup" is one word where the title says "Back up".
    settings = await runFromPalette('backup', 'Back up or restore the library…');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(settings).getByRole('heading', { name: 'Backups' })),
    );
    fireEvent.keyDown(settings, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Settings itself still opens at its top, on the contents.
    settings = await runFromPalette('preferences', 'Settings');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(settings).getByRole('button', { name: 'Appearance' })),
    );
  });
});
