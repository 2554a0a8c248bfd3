import { useEffect, useRef } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';
import { isTypingTarget } from './keys.ts';

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
    // A number key is no shortcut in a field: a field focused now is one the reader went to while the view was on
    // its way (the palette's own field aside, which hands the keyboard on as it closes).
    const active = document.activeElement;
    if (!isTypingTarget(active) || active?.closest('[role="dialog"]'))
      placeRef.current()?.focus({ preventScroll: true });
    ui.viewFocused();
  }, [wanted, ready, ui]);
}
