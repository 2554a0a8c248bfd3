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
    // Scrolled to only when out of sight: Chromium's scrollIntoView also moves where the next Tab starts from, and a
    // launch's first Tab went past "Skip the sidebar" to the place after Inbox. jsdom has no scrolling.
    const place = first.getBoundingClientRect();
    const seen = root.getBoundingClientRect();
    const footer = Number.parseFloat(getComputedStyle(root).scrollPaddingBottom) || 0;
    if (place.top < seen.top || place.bottom > seen.bottom - footer) first.scrollIntoView?.({ block: 'nearest' });
  }, [sidebar, where]);
}
