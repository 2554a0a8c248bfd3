import { useEffect, useRef } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';

/**
 * A view chosen by key (1…6) takes the keyboard once it is `ready`: `place()` is its main list, or its heading while
 * it has none. Without it the focus stayed on a row or an event of the view that left, or fell to the page.
 */
export function useViewFocus(ready: boolean, place: () => HTMLElement | null): void {
  const { ui } = useServices();
  const wanted = useUi((state) => state.viewFocusWanted);
  const placeRef = useRef(place);
  placeRef.current = place;
  useEffect(() => {
    if (!wanted || !ready) return;
    placeRef.current()?.focus({ preventScroll: true });
    ui.viewFocused();
  }, [wanted, ready, ui]);
}
