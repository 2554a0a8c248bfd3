import { type RefObject, useLayoutEffect, useRef } from 'react';
import { currentPlaces } from '../ui/current-place.ts';

/**
 * Keeps the sidebar's current place in sight whenever `where` (what the window shows) changes, however the change
 * came: a feed chosen with "Go to feed…" sits below dozens of stories. A focus left on the place the reader just
 * left (a shortcut pressed with the focus on the sidebar) moves with it, so no focus ring marks where they were.
 */
export function useCurrentPlaceInView(sidebar: RefObject<HTMLElement | null>, where: string): void {
  const before = useRef<HTMLElement[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per change of place, read from the sidebar's marks
  useLayoutEffect(() => {
    const root = sidebar.current;
    if (!root) return;
    const current = currentPlaces(root);
    const focused = document.activeElement;
    const left = focused instanceof HTMLElement && before.current.includes(focused) && !current.includes(focused);
    before.current = current;
    const first = current[0];
    if (!first) return;
    if (left) first.focus({ preventScroll: true });
    // jsdom has no scrolling.
    first.scrollIntoView?.({ block: 'nearest' });
  }, [sidebar, where]);
}
