import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuEntry } from './menu-template.ts';

/** Turns the menu's plain description into Electron's menu; command items call `runCommand`. */
export function buildMenu(entries: readonly MenuEntry[], runCommand: (id: string) => void): Menu {
  return Menu.buildFromTemplate(entries.map((entry) => toElectron(entry, runCommand)));
}

function toElectron(entry: MenuEntry, runCommand: (id: string) => void): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return { role: entry.role };
    case 'command':
      // Shown, not registered: the window runs its shortcuts (Linux and Windows honour this).
      return {
        label: entry.label,
        accelerator: entry.accelerator,
        registerAccelerator: false,
        click: () => runCommand(entry.command),
      };
    case 'submenu':
      return { label: entry.label, submenu: entry.submenu.map((child) => toElectron(child, runCommand)) };
  }
}
