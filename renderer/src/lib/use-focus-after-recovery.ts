import { useEffect, useRef } from 'react';

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
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    // A dialog open over the view keeps the keys even when its own control that had them went away (the Import
    // button after an import): Escape must still close it.
    if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
    placeRef.current()?.focus();
  }, [failed, shown]);
}
