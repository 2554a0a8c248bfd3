import { describe, expect, it } from 'vitest';
import { ThemeName } from '../../../electron/contract/index.ts';
import { applicationMenu, type MenuEntry, menuCommands } from '../../../electron/main/menu-template.ts';

function commands(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.kind === 'command' ? [entry.command] : entry.kind === 'submenu' ? commands(entry.submenu) : [],
  );
}

function roles(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.kind === 'role' ? [entry.role] : entry.kind === 'submenu' ? roles(entry.submenu) : [],
  );
}

const topLabels = (entries: readonly MenuEntry[]) =>
  entries.map((entry) =>
    entry.kind === 'submenu' ? entry.label.replace('&', '') : entry.kind === 'role' ? entry.role : '-',
  );

describe('applicationMenu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit in File', () => {
    const menu = applicationMenu({ platform: 'linux', devTools: false });
    expect(topLabels(menu)).toEqual(['File', 'editMenu', 'View', 'Help']);
    const file = menu[0];
    expect(file?.kind === 'submenu' && roles(file.submenu)).toEqual(['quit']);
  });

  it('follows macOS conventions: app menu first, Window menu, Close instead of Quit in File', () => {
    const menu = applicationMenu({ platform: 'darwin', devTools: false });
    expect(topLabels(menu)).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu', 'Help']);
    const file = menu.find((entry) => entry.kind === 'submenu' && entry.label === '&File');
    expect(file?.kind === 'submenu' && roles(file.submenu)).toEqual(['close']);
    expect(commands(menu)).not.toContain(menuCommands.about);
  });

  it('sends renderer commands for Save URL…, Import…, every theme and the help items', () => {
    const ids = commands(applicationMenu({ platform: 'win32', devTools: false }));
    expect(ids).toEqual([
      'article.saveUrl',
      'import.open',
      ...ThemeName.options.map((theme) => `view.theme.${theme}`),
      'help.shortcuts',
      'help.about',
    ]);
  });

  it('gives Save URL… a shortcut and an ellipsis, since it asks for more', () => {
    const file = applicationMenu({ platform: 'linux', devTools: false })[0];
    const save = file?.kind === 'submenu' ? file.submenu[0] : undefined;
    expect(save).toEqual({
      kind: 'command',
      label: 'Save URL…',
      command: 'article.saveUrl',
      accelerator: 'CmdOrCtrl+N',
    });
  });

  it('offers reload and developer tools only when developer tools are on', () => {
    expect(roles(applicationMenu({ platform: 'linux', devTools: false }))).not.toContain('toggleDevTools');
    expect(roles(applicationMenu({ platform: 'linux', devTools: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });
});
