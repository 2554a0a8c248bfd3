/**
 * Small choices about the window's layout (a sidebar section folded, the sidebar hidden) kept in this
 * browser's storage: they belong to this window, not to the library, and losing them costs nothing.
 */
const PREFIX = 'annals.layout.';

export function readRemembered(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null; // storage refused (a locked-down profile): the defaults stand
  }
}

export function remember(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, value);
  } catch {
    // Not kept; the choice still holds until the window closes.
  }
}
