import { type CommandId, type CommandSpec, commandSpecs, type MenuName, splitShortcut } from '../contract/commands.ts';

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

/**
 * A menu as plain data: commands go to the renderer's command registry, roles to Electron. A
 * command's accelerator is only shown: the window runs every shortcut itself (as in browser mode,
 * and only when the command applies), so a menu must not take the key from a text field.
 */
export type MenuEntry =
  | { kind: 'command'; label: string; command: CommandId; accelerator?: string }
  | { kind: 'role'; role: MenuRole }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; submenu: MenuEntry[] };

const specs: readonly (CommandSpec & { id: CommandId })[] = commandSpecs;
const separator: MenuEntry = { kind: 'separator' };
const role = (name: MenuRole): MenuEntry => ({ kind: 'role', role: name });

const namedKeys: Record<string, string> = { '+': 'Plus', ' ': 'Space' };

/** A shortcut of the command list ("Mod+k", "T", "?") as an Electron accelerator ("CmdOrCtrl+K", "Shift+T", "?"). */
export function menuAccelerator(shortcut: string): string {
  const { modifiers, key } = splitShortcut(shortcut);
  const parts = modifiers.map((modifier) => (modifier === 'Mod' ? 'CmdOrCtrl' : modifier));
  const capital = key.length === 1 && key !== key.toLowerCase();
  if (capital && !parts.includes('Shift')) parts.push('Shift');
  return [...parts, namedKeys[key] ?? (key.length === 1 ? key.toUpperCase() : key)].join('+');
}

/**
 * The commands the command list puts in one menu. macOS registers every accelerator a menu shows,
 * so there only those with a modifier are shown (a bare "s" would no longer type an s); its app
 * menu has About already.
 */
function commandsIn(menu: MenuName, mac: boolean): MenuEntry[] {
  return specs
    .filter((spec) => spec.menu === menu && !(mac && spec.id === 'help.about'))
    .map((spec): MenuEntry => {
      const shown = spec.shortcut && (!mac || splitShortcut(spec.shortcut).modifiers.length > 0);
      return {
        kind: 'command',
        label: spec.title,
        command: spec.id,
        ...(shown && spec.shortcut ? { accelerator: menuAccelerator(spec.shortcut) } : {}),
      };
    });
}

/** The application menu for a platform (macOS keeps its conventions: app menu, Window menu, no Quit in File). */
export function applicationMenu({ platform, devTools }: { platform: NodeJS.Platform; devTools: boolean }): MenuEntry[] {
  const mac = platform === 'darwin';
  const file: MenuEntry = {
    kind: 'submenu',
    label: '&File',
    submenu: [...commandsIn('File', mac), separator, role(mac ? 'close' : 'quit')],
  };
  const view: MenuEntry = {
    kind: 'submenu',
    label: '&View',
    submenu: [
      ...commandsIn('View', mac),
      separator,
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
      ...(devTools ? [separator, role('reload'), role('toggleDevTools')] : []),
    ],
  };
  const help: MenuEntry = { kind: 'submenu', label: '&Help', submenu: commandsIn('Help', mac) };
  return [...(mac ? [role('appMenu')] : []), file, role('editMenu'), view, ...(mac ? [role('windowMenu')] : []), help];
}
