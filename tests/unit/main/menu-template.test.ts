import { describe, expect, it } from 'vitest';
import { commandSpecs } from '../../../electron/contract/commands.ts';
import { applicationMenu, type MenuEntry, menuAccelerator } from '../../../electron/main/menu-template.ts';

type CommandEntry = Extract<MenuEntry, { kind: 'command' }>;

function commandEntries(entries: readonly MenuEntry[]): CommandEntry[] {
  return entries.flatMap((entry) =>
    entry.kind === 'command' ? [entry] : entry.kind === 'submenu' ? commandEntries(entry.submenu) : [],
  );
}
const commands = (entries: readonly MenuEntry[]) => commandEntries(entries).map((entry) => entry.command);

function roles(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.kind === 'role' ? [entry.role] : entry.kind === 'submenu' ? roles(entry.submenu) : [],
  );
}

const topLabels = (entries: readonly MenuEntry[]) =>
  entries.map((entry) =>
    entry.kind === 'submenu' ? entry.label.replace('&', '') : entry.kind === 'role' ? entry.role : '-',
  );

const submenu = (entries: readonly MenuEntry[], label: string) => {
  const found = entries.find((entry) => entry.kind === 'submenu' && entry.label === label);
  return found?.kind === 'submenu' ? found.submenu : [];
};

describe('applicationMenu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit in File', () => {
    const menu = applicationMenu({ platform: 'linux', devTools: false });
    expect(topLabels(menu)).toEqual(['File', 'editMenu', 'View', 'Help']);
    expect(roles(submenu(menu, '&File'))).toEqual(['quit']);
  });

  it('follows macOS conventions: app menu first, Window menu, Close instead of Quit in File', () => {
    const menu = applicationMenu({ platform: 'darwin', devTools: false });
    expect(topLabels(menu)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu', 'Help']);
    expect(roles(submenu(menu, '&File'))).toEqual(['close']);
    expect(commands(menu)).not.toContain('help.about');
  });

  it('lists the commands the command list puts in each menu, in its order', () => {
    const menu = applicationMenu({ platform: 'win32', devTools: false });
    expect(commands(submenu(menu, '&File'))).toEqual(['article.saveUrl', 'import.open']);
    expect(commands(submenu(menu, '&View'))).toEqual([
      'view.theme.system',
      'view.theme.light',
      'view.theme.dark',
      'view.theme.sepia',
    ]);
    expect(commands(submenu(menu, '&Help'))).toEqual(['help.shortcuts', 'help.about']);
  });

  it('names every command as the palette does and shows the key the window answers to', () => {
    for (const platform of ['linux', 'win32'] as const) {
      for (const entry of commandEntries(applicationMenu({ platform, devTools: false }))) {
        const spec = commandSpecs.find((candidate) => candidate.id === entry.command);
        expect(entry.label).toBe(spec?.title);
        expect(entry.accelerator).toBe(spec && 'shortcut' in spec ? menuAccelerator(spec.shortcut) : undefined);
      }
    }
    const save = commandEntries(applicationMenu({ platform: 'linux', devTools: false }))[0];
    expect(save).toEqual({ kind: 'command', label: 'Save a link', command: 'article.saveUrl', accelerator: 'S' });
  });

  it('shows no bare-key accelerator on macOS, where a shown accelerator would take the key from text fields', () => {
    const entries = commandEntries(applicationMenu({ platform: 'darwin', devTools: false }));
    expect(entries.map((entry) => entry.label)).toContain('Save a link');
    expect(entries.filter((entry) => entry.accelerator !== undefined)).toEqual([]);
  });

  it('offers reload and developer tools only when developer tools are on', () => {
    expect(roles(applicationMenu({ platform: 'linux', devTools: false }))).not.toContain('toggleDevTools');
    expect(roles(applicationMenu({ platform: 'linux', devTools: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });
});

describe('menuAccelerator', () => {
  it('writes the command list’s shortcuts as Electron accelerators', () => {
    expect(menuAccelerator('Mod+k')).toBe('CmdOrCtrl+K');
    expect(menuAccelerator('s')).toBe('S');
    expect(menuAccelerator('T')).toBe('Shift+T');
    expect(menuAccelerator('+')).toBe('Plus');
    expect(menuAccelerator('?')).toBe('?');
    expect(menuAccelerator('Escape')).toBe('Escape');
  });
});
