import { ThemeName } from '../contract/index.ts';

/** Built-in Electron menu roles Annals uses. */
export type MenuRole =
  | 'appMenu'
  | 'editMenu'
  | 'windowMenu'
  | 'quit'
  | 'close'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

/** A menu as plain data: commands go to the renderer's command registry, roles to Electron. */
export type MenuEntry =
  | { kind: 'command'; label: string; command: string; accelerator?: string }
  | { kind: 'role'; role: MenuRole }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; submenu: MenuEntry[] };

type Theme = (typeof ThemeName.options)[number];

/** Command ids the menu sends; the renderer registers a handler for each. */
export const menuCommands = {
  saveUrl: 'article.saveUrl',
  import: 'import.open',
  theme: (theme: Theme) => `view.theme.${theme}`,
  shortcuts: 'help.shortcuts',
  about: 'help.about',
} as const;

const themeLabels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' };

const separator: MenuEntry = { kind: 'separator' };
const role = (name: MenuRole): MenuEntry => ({ kind: 'role', role: name });

/** The application menu for a platform (macOS keeps its conventions: app menu, Window menu, no Quit in File). */
export function applicationMenu({ platform, devTools }: { platform: NodeJS.Platform; devTools: boolean }): MenuEntry[] {
  const mac = platform === 'darwin';
  const file: MenuEntry = {
    kind: 'submenu',
    label: '&File',
    submenu: [
      { kind: 'command', label: 'Save URL…', command: menuCommands.saveUrl, accelerator: 'CmdOrCtrl+N' },
      { kind: 'command', label: 'Import…', command: menuCommands.import },
      separator,
      role(mac ? 'close' : 'quit'),
    ],
  };
  const view: MenuEntry = {
    kind: 'submenu',
    label: '&View',
    submenu: [
      {
        kind: 'submenu',
        label: 'Theme',
        submenu: ThemeName.options.map((theme) => ({
          kind: 'command' as const,
          label: themeLabels[theme],
          command: menuCommands.theme(theme),
        })),
      },
      separator,
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
      ...(devTools ? [separator, role('reload'), role('toggleDevTools')] : []),
    ],
  };
  const help: MenuEntry = {
    kind: 'submenu',
    label: '&Help',
    submenu: [
      { kind: 'command', label: 'Keyboard Shortcuts', command: menuCommands.shortcuts, accelerator: 'CmdOrCtrl+/' },
      ...(mac ? [] : [{ kind: 'command' as const, label: 'About Annals', command: menuCommands.about }]),
    ],
  };
  return [...(mac ? [role('appMenu')] : []), file, role('editMenu'), view, ...(mac ? [role('windowMenu')] : []), help];
}
