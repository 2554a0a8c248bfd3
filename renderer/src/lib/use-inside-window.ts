import { type RefObject, useLayoutEffect } from 'react';

/** Room kept free between a panel and the window's edge. */
const MARGIN = 8;

/**
 * Slides a panel that drops down from a button (positioned `left: 0` under it) to the left as far as it takes
 * to keep its right edge inside the window, never past the window's left edge. Measured again when the
 * window or the pane around it changes width (the sidebar shown or hidden moves the button).
 */
export function useInsideWindow(panel: RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    const element = panel.current;
    if (!shown || !element) return;
    const place = () => {
      element.style.left = '';
      const box = element.getBoundingClientRect();
      const overflow = box.right - (window.innerWidth - MARGIN);
      if (overflow > 0) element.style.left = `${-Math.min(overflow, box.left - MARGIN)}px`;
    };
    place();
    window.addEventListener('resize', place);
    const pane = element.closest('main') ?? document.body;
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
    observer?.observe(pane);
    return () => {
      window.removeEventListener('resize', place);
      observer?.disconnect();
    };
  }, [panel, shown]);
}
