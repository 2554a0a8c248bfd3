import { commandSpecs, splitShortcut } from '../../../electron/contract/commands.ts';

/** Whether a key press is a shortcut as the command list writes it (see CommandSpec.shortcut). */
export function matchesShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  shortcut: string,
): boolean {
  const { modifiers, key } = splitShortcut(shortcut);
  const needsMod = modifiers.includes('Mod');
  const mod = event.ctrlKey || event.metaKey;
  if (needsMod !== mod || event.altKey) return false;
  // With Ctrl/⌘ the key may come shifted or not; alone, "j" and "J" are different shortcuts.
  return needsMod && key.length === 1 ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How a shortcut is shown: "Ctrl+K" or "⌘K", "j", "Esc". */
export function describeShortcut(shortcut: string): string {
  const { modifiers, key } = splitShortcut(shortcut);
  const shown = key.length === 1 ? key.toUpperCase() : key === 'Escape' ? 'Esc' : key;
  if (modifiers.includes('Mod')) return isMac ? `⌘${shown}` : `Ctrl+${shown}`;
  return key.length === 1 ? key : shown;
}

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

// Checkboxes, switches and radios are not pressed by Enter in a browser, so Enter there stays the shortcut's.
const CONTROL_ROLES = new Set(['button', 'link', 'menuitem', 'tab']);

/**
 * Enter on a focused button or link presses it, as everywhere else: it never runs the Enter shortcut (open the
 * selected article) instead, which took "Show fewer stories" from a keyboard reader and opened an article.
 */
export function activatesControl(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLElement)) return false;
  const { target } = event;
  return (
    target.tagName === 'BUTTON' ||
    (target.tagName === 'A' && target.hasAttribute('href')) ||
    target.tagName === 'SUMMARY' ||
    CONTROL_ROLES.has(target.getAttribute('role') ?? '')
  );
}

const paletteShortcut = commandSpecs.find((spec) => spec.id === 'app.palette')?.shortcut ?? 'Mod+k';

/** The palette's key (Ctrl+K): it works from a text field too, as in an editor; the field never uses it. */
export function opensPalette(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return matchesShortcut(event, paletteShortcut);
}
