import { type CommandId, commandSpecs } from '../../../electron/contract/commands.ts';
import { describeShortcut } from '../lib/keys.ts';

const byId = new Map<string, { title: string; shortcut?: string }>(commandSpecs.map((spec) => [spec.id, spec]));

/** The key of a command as the one command list gives it ("a", "Mod+k"), if it has one. */
export function shortcutOf(id: CommandId): string | undefined {
  return byId.get(id)?.shortcut;
}

/**
 * What a control needs to name its shortcut: the tooltip's words, the key shown beside them, and
 * aria-keyshortcuts for assistive technology. Spread onto any button: `{...tooltipProps('Archive', 'article.archive')}`.
 */
export function tooltipProps(
  label: string | undefined,
  command?: CommandId,
): { 'data-tooltip'?: string; 'data-shortcut'?: string; 'aria-keyshortcuts'?: string } {
  const shortcut = command ? shortcutOf(command) : undefined;
  return {
    ...(label ? { 'data-tooltip': label } : {}),
    ...(shortcut ? { 'data-shortcut': describeShortcut(shortcut), 'aria-keyshortcuts': ariaShortcut(shortcut) } : {}),
  };
}

/** "Mod+k" → "Control+K Meta+K"; "Escape" and printable keys as they are. */
function ariaShortcut(shortcut: string): string {
  if (!shortcut.startsWith('Mod+')) return shortcut;
  const key = shortcut.slice(4).toUpperCase();
  return `Control+${key} Meta+${key}`;
}
