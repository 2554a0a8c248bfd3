/**
 * Keyboard shortcuts written as the help shows them: "j", "?", "Mod+k" (Ctrl, or ⌘ on a Mac),
 * "Delete", "Escape". A printable key is matched as typed, so "?" needs no "Shift+".
 */
export function matchesShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  shortcut: string,
): boolean {
  const { parts, key } = splitShortcut(shortcut);
  const needsMod = parts.includes('Mod');
  const mod = event.ctrlKey || event.metaKey;
  if (needsMod !== mod || event.altKey) return false;
  // With Ctrl/⌘ the key may come shifted or not; alone, "j" and "J" are different shortcuts.
  return needsMod && key.length === 1 ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How a shortcut is shown: "Ctrl+K" or "⌘K", "j", "Esc". */
export function describeShortcut(shortcut: string): string {
  const { parts, key } = splitShortcut(shortcut);
  const shown = key.length === 1 ? key.toUpperCase() : key === 'Escape' ? 'Esc' : key;
  if (parts.includes('Mod')) return isMac ? `⌘${shown}` : `Ctrl+${shown}`;
  return key.length === 1 ? key : shown;
}

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** "Mod+k" → Mod and k; "+" and "Mod++" name the plus key itself. */
function splitShortcut(shortcut: string): { parts: string[]; key: string } {
  const plusKey = shortcut.endsWith('+');
  const parts = (plusKey ? shortcut.slice(0, -1) : shortcut).split('+').filter(Boolean);
  const key = plusKey ? '+' : (parts.pop() ?? '');
  return { parts, key };
}
