import { useEffect, useRef } from 'react';
import { useUi } from '../state/app-context.tsx';

/**
 * When a view that had failed comes back (Retry worked), its failure banner and the Retry button that had the
 * keyboard focus leave the page, and the focus would fall to the page's body: it goes to `place()` instead, the
 * view's first item or its heading. Focus held elsewhere ("Show hidden", the sidebar) stays where it is.
 */
export function useFocusAfterRecovery(failed: boolean, shown: boolean, place: () => HTMLElement | null): void {
  const wasFailed = useRef(failed);
  const placeRef = useRef(place);
  placeRef.current = place;
  useEffect(() => {
    if (failed) {
      wasFailed.current = true;
      return;
    }
    if (!wasFailed.current || !shown) return;
    wasFailed.current = false;
    focusIfDropped(placeRef.current);
  }, [failed, shown]);
}

/**
 * When Undo fills a view it had emptied (its only article archived, then brought back), the empty state and its
 * controls leave the page: the keys go to `place()`, the list. Whatever else fills an empty view (the sample
 * articles added from its empty state, an import, a sync) leaves the keyboard where the reader put it.
 */
export function useFocusAfterUndo(empty: boolean, shown: boolean, place: () => HTMLElement | null): void {
  const undoCount = useUi((state) => state.undoCount);
  // The Undo count as the view emptied: another by the time it fills means Undo filled it.
  const emptiedAt = useRef<number | null>(empty ? undoCount : null);
  const placeRef = useRef(place);
  placeRef.current = place;
  useEffect(() => {
    if (empty) {
      emptiedAt.current ??= undoCount;
      return;
    }
    if (emptiedAt.current === null || !shown) return;
    const undone = undoCount !== emptiedAt.current;
    emptiedAt.current = null;
    if (undone) focusIfDropped(placeRef.current);
  }, [empty, shown, undoCount]);
}

/** Gives `place()` the keys if they fell to the page's body, and no dialog over the view holds them. */
function focusIfDropped(place: () => HTMLElement | null): void {
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  // A dialog open over the view keeps the keys even when its own control that had them went away (the Import
  // button after an import): Escape must still close it.
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
  place()?.focus();
}
