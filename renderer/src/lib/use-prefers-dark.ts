import { useMediaQuery } from './use-media-query.ts';

/** Follows the system's light or dark preference as it changes. */
export function usePrefersDark(): boolean {
  return useMediaQuery('(prefers-color-scheme: dark)');
}
