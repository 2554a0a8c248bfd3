import { type RefObject, useLayoutEffect, useState } from 'react';

/** The width a row's children ask for, side by side with its gaps and padding, however little room it has. */
function neededWidth(row: HTMLElement): number {
  const style = getComputedStyle(row);
  const children = [...row.children].filter((child) => child.getClientRects().length > 0);
  const gap = Number.parseFloat(style.columnGap) || 0;
  const widths = children.reduce((sum, child) => sum + child.getBoundingClientRect().width, 0);
  const padding = (Number.parseFloat(style.paddingLeft) || 0) + (Number.parseFloat(style.paddingRight) || 0);
  return widths + gap * Math.max(0, children.length - 1) + padding;
}

/**
 * How far a one-line row must give way to fit its width: 0 shows everything, each step after it less (the
 * caller decides what each step drops). Measured before the screen is painted, so no step is ever seen
 * overlapping; measured again when the row's width, its `content`, its children or the loaded fonts change.
 * The row's children must not shrink (flex: none), so that what they need is what they measure.
 */
export function useFittingStep(row: RefObject<HTMLElement | null>, lastStep: number, content: string): number {
  const [width, setWidth] = useState(0);
  // Bumped when the fonts arrive or a child comes or goes (a control shown once its data is in).
  const [changes, setChanges] = useState(0);
  const [fit, setFit] = useState({ step: 0, width: -1, content: '', changes: -1 });
  const current = fit.width === width && fit.content === content && fit.changes === changes;

  useLayoutEffect(() => {
    const element = row.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [row]);

  useLayoutEffect(() => {
    const element = row.current;
    if (!element || typeof MutationObserver !== 'function') return;
    let live = true;
    const changed = () => live && setChanges((count) => count + 1);
    void document.fonts?.ready.then(changed);
    // Only the row's own children: the steps change what is inside them, never which there are.
    const observer = new MutationObserver(changed);
    observer.observe(element, { childList: true });
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [row]);

  useLayoutEffect(() => {
    const element = row.current;
    // Without a layout to measure (a test's DOM), everything stays shown.
    if (!element || typeof ResizeObserver !== 'function') return;
    // A new width or new content: start again from everything shown, then step until it fits.
    if (!current) setFit({ step: 0, width, content, changes });
    else if (fit.step < lastStep && neededWidth(element) > element.clientWidth + 0.5)
      setFit({ ...fit, step: fit.step + 1 });
  });

  return current ? fit.step : 0;
}
