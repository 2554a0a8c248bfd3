import { currentPlaces, isCurrentPlace } from './current-place.ts';

/**
 * Where the keyboard goes when something in front closes (the reader, a dialog): back to what the
 * reader was on, never to the page's body, where Tab starts over from the top of the window.
 *
 * An element that should take the focus back carries `data-return-focus` naming what it waits behind:
 * `"reader"` (the list, on the article that was open; a search result), a dialog's name (the control
 * that opens that dialog, for when the one that did is gone, e.g. the command palette), or `"view"`
 * (what the view shown keeps the keyboard on: the list, the article) when nothing nearer is there.
 */

/** Whether an element is on screen, so focusing it shows where the focus is. */
const shown = (element: HTMLElement) => element.isConnected && element.getClientRects().length > 0;

/** Nothing has the focus: it went to the body with the element that had it. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/** The element marked to take the focus back from `closed`, if one is on screen. */
export function returnTarget(closed: string): HTMLElement | null {
  const marked = document.querySelectorAll<HTMLElement>('[data-return-focus]');
  for (const element of marked) {
    const names = element.dataset.returnFocus?.split(/\s+/) ?? [];
    if (names.includes(closed) && shown(element)) return element;
  }
  return null;
}

/**
 * Once the screen has settled after `closed` went away: focuses `opener` if it is still there, else the
 * element marked for `closed`, else the view's own. Does nothing if something took the focus meanwhile (the next dialog).
 * An opener that was the sidebar's current place and is no longer ("Go to feed…" run from All articles) hands the
 * focus to the place now current: its focus ring would say the reader is still there.
 */
export function returnFocus(
  closed: string,
  opener: HTMLElement | null = null,
  { openerWasCurrent = false, placesAtOpen }: { openerWasCurrent?: boolean; placesAtOpen?: HTMLElement[] } = {},
): void {
  requestAnimationFrame(() => {
    if (!focusLost()) return;
    const now = currentPlaces();
    const currentPlace = () => now.find(shown) ?? null;
    // The palette opened from nowhere in particular ran "Highlights": the reader is somewhere new, and the
    // Commands button (the palette's own place to come back to) would greet them with its focus ring and tooltip.
    const moved = placesAtOpen !== undefined && !sameElements(placesAtOpen, now);
    const target =
      opener && openerWasCurrent && !isCurrentPlace(opener)
        ? (currentPlace() ?? returnTarget(closed) ?? returnTarget('view'))
        : opener && shown(opener) && !opener.closest('[aria-modal="true"]')
          ? opener
          : moved
            ? (returnTarget('view') ?? currentPlace() ?? returnTarget(closed))
            : (returnTarget(closed) ?? returnTarget('view'));
    target?.focus({ preventScroll: true });
  });
}

const sameElements = (a: HTMLElement[], b: HTMLElement[]) =>
  a.length === b.length && a.every((element, index) => element === b[index]);
