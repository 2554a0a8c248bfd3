import type { ReaderSettings } from '../../../electron/contract/model.ts';
import type { ResolvedTheme } from '../reader/article-document.ts';

export function resolveTheme(theme: ReaderSettings['theme'], prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}
