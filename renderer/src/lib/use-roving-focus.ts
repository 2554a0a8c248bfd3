import { type RefObject, useEffect } from 'react';
import { isCurrentPlace } from '../ui/current-place.ts';

/** What the arrows move between: the section's buttons (its fields keep their own Tab stops and arrow keys). */
const ITEMS = 'button:not(:disabled), a[href]';
/** What makes a line of the section: a story, a feed with its "…", a folder's row, the heading with its actions. */
const ROW = 'li, .section-header, .feed-folder-row';

const itemsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(ITEMS)];

/** A button as it can be found again after the sidebar is drawn anew: its name, and its place in the group. */
interface Remembered {
  name: string;
  index: number;
}
const nameOf = (item: HTMLElement) => item.getAttribute('aria-label') ?? item.textContent?.trim() ?? '';
/**
 * The button last used in each group, by the group's name. A narrow window takes the sidebar away and draws it anew
 * when it is shown again; Tab then still comes back to where the reader was in each group.
 */
const lastUsed = new Map<string, Remembered>();
/** The button remembered for the group: the one of that name, else (a count beside it changed) the one at its place. */
function findRemembered(items: HTMLElement[], remembered: Remembered | undefined): HTMLElement | undefined {
  if (!remembered) return undefined;
  return items.find((item) => nameOf(item) === remembered.name) ?? items[remembered.index];
}
const rowOf = (item: HTMLElement, root: HTMLElement) => {
  const row = item.closest<HTMLElement>(ROW);
  return row && root.contains(row) ? row : item;
};

/**
 * A group of the sidebar (the views, the stories, the feeds…) as one Tab stop, the WAI-ARIA "roving tabindex": Tab
 * reaches one of its buttons (the one last used, else the window's current place in it, else its first), and the
 * arrows move within it, Up and Down from line to line, Left and Right along a line (a feed and its "…"), Home and End
 * to its ends. A library of 30 stories and 40 feeds took some 110 Tabs to cross the sidebar.
 */
export function useRovingFocus(group: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = group.current;
    if (!root) return;
    const groupName = root.getAttribute('aria-label') ?? '';
    let last: HTMLElement | null = null;
    let restored = false;

    // Exactly one button of the group in the Tab order; the group's lines come and go, so it is chosen again whenever
    // they change.
    const placeStop = () => {
      const items = itemsOf(root);
      // Drawn anew: the button used before, once it is there (a group's lines may come a moment later). A button
      // that goes away while the group is shown gives the stop back to the current place.
      if (!last && !restored) last = findRemembered(items, lastUsed.get(groupName)) ?? null;
      if (last) restored = true;
      if (last && !items.includes(last)) last = null;
      const stop = last ?? items.find(isCurrentPlace) ?? items[0] ?? undefined;
      for (const item of items) {
        const tabIndex = item === stop ? 0 : -1;
        if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
      }
    };

    // The button the pointer pressed, until the focus comes to a button another way (Tab, the arrows).
    let pressed: Element | null = null;
    let pressing: Element | null = null;
    const onPointerDown = (event: PointerEvent) => {
      pressed = pressing = event.target instanceof Element ? event.target.closest(ITEMS) : null;
    };

    const onFocus = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || !event.target.matches(ITEMS)) return;
      if (event.target !== pressing) pressed = null;
      pressing = null;
      last = event.target;
      if (groupName) lastUsed.set(groupName, { name: nameOf(last), index: itemsOf(root).indexOf(last) });
      placeStop();
    };

    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const from = event.target;
      if (!(from instanceof HTMLElement) || !from.matches(ITEMS)) return;
      // A button the pointer pressed keeps the focus: Home and End then go on choosing the first and last article (a
      // click on "All articles", then End), as they did before the sidebar took the keys. (Chromium gives such a button
      // :focus-visible at the first key, so that cannot tell.)
      if (from === pressed) return;
      const items = itemsOf(root);
      const at = items.indexOf(from);
      if (at < 0) return;
      const row = rowOf(from, root);
      const firstOfRows = items.filter(
        (item, index) => index === 0 || rowOf(items[index - 1]!, root) !== rowOf(item, root),
      );
      const inRow = items.filter((item) => rowOf(item, root) === row);
      const rowAt = firstOfRows.indexOf(inRow[0]!);
      const to = {
        ArrowDown: firstOfRows[rowAt + 1],
        ArrowUp: firstOfRows[rowAt - 1],
        ArrowRight: inRow[inRow.indexOf(from) + 1],
        ArrowLeft: inRow[inRow.indexOf(from) - 1],
        Home: items[0],
        End: firstOfRows.at(-1),
      }[event.key];
      if (event.key in { ArrowDown: 1, ArrowUp: 1, ArrowRight: 1, ArrowLeft: 1, Home: 1, End: 1 })
        event.preventDefault();
      if (!to) return;
      event.stopPropagation();
      to.focus();
    };

    placeStop();
    const observer = new MutationObserver(placeStop);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-current', 'aria-pressed', 'disabled'],
    });
    root.addEventListener('focusin', onFocus);
    root.addEventListener('keydown', onKey);
    root.addEventListener('pointerdown', onPointerDown);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocus);
      root.removeEventListener('keydown', onKey);
      root.removeEventListener('pointerdown', onPointerDown);
    };
  }, [group]);
}
