import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { placeBeside, type Side } from './placement.ts';

const SHOW_DELAY_MS = 450;
/** Keys that move the focus on: a control reached by one of them is named at once. */
const MOVING_KEYS = new Set(['Tab', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

interface Shown {
  target: HTMLElement;
  label: string;
  shortcut: string | undefined;
}

/**
 * The one tooltip of the window. Any element with `data-tooltip` (and `data-shortcut`, see
 * tooltipProps) gets it: after a short hover, or at once when reached with the keyboard. It names the
 * control and its key, sits beside the control without covering it, and never takes a click.
 */
export function TooltipLayer() {
  const [shown, setShown] = useState<Shown | null>(null);
  const bubble = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useEffect(() => {
    let timer: number | undefined;
    const show = (target: HTMLElement) =>
      setShown({ target, label: target.dataset.tooltip ?? '', shortcut: target.dataset.shortcut });
    const hide = () => {
      window.clearTimeout(timer);
      setShown(null);
    };
    const owner = (node: EventTarget | null) =>
      node instanceof Element ? node.closest<HTMLElement>('[data-tooltip]') : null;
    // A control just clicked: its name is not shown again until the pointer has left it. The view a click opens
    // redraws what lies under the resting pointer, and Chromium then sends it over the control once more: "Highlights
    // 5" came back over the view's first card a moment after it opened.
    let pressed: HTMLElement | null = null;
    const onOver = (event: PointerEvent) => {
      const target = owner(event.target);
      window.clearTimeout(timer);
      if (target !== pressed) pressed = null;
      if (!target || target === pressed) return setShown(null);
      setShown((current) => (current?.target === target ? current : null));
      timer = window.setTimeout(() => show(target), SHOW_DELAY_MS);
    };
    const onDown = (event: PointerEvent) => {
      pressed = owner(event.target);
      hide();
    };
    // Out of the window altogether (no element under the pointer any more): nothing is pointed at.
    const onOut = (event: PointerEvent) => {
      if (event.relatedTarget === null) hide();
    };
    // Whether the last key moved the focus. Focus given back by the app (Esc closing the palette, a command run)
    // shows a focus ring too, but naming that control would cover its neighbour for no reason ("Commands" over
    // "Keyboard shortcuts" after every palette).
    let movedByKey = false;
    const onFocus = (event: FocusEvent) => {
      const target = owner(event.target);
      if (target?.matches(':focus-visible') && movedByKey) show(target);
      else hide();
    };
    const onKey = (event: KeyboardEvent) => {
      movedByKey = MOVING_KEYS.has(event.key);
      if (event.key === 'Escape') hide();
    };
    // A scroll takes away a bubble placed beside a control that has moved, but not a name still waiting to come: a
    // scroll's event comes a frame after the scroll itself, so a pointer that arrived on a control as the column ended
    // scrolling lost that control's name for good (the sidebar scrolled to its sticky brand, then Inbox never named).
    const onScroll = () => setShown(null);
    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', hide);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, []);

  // A control that went away (a closed dialog) takes its tooltip with it.
  useEffect(() => {
    if (!shown) return;
    const observer = new MutationObserver(() => {
      if (!shown.target.isConnected) setShown(null);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [shown]);

  useLayoutEffect(() => {
    if (!shown || !bubble.current) return setPosition(null);
    const size = bubble.current.getBoundingClientRect();
    const place = placeBeside(
      shown.target.getBoundingClientRect(),
      { width: size.width, height: size.height },
      { width: window.innerWidth, height: window.innerHeight },
      { sides: sidesFor(shown.target), gap: 6, align: 'center' },
    );
    setPosition({ top: place.top, left: place.left });
  }, [shown]);

  if (!shown || (!shown.label && !shown.shortcut)) return null;
  return (
    <div
      ref={bubble}
      role="tooltip"
      className="tooltip"
      style={position ? { top: position.top, left: position.left } : { top: 0, left: 0, visibility: 'hidden' }}
    >
      {shown.label && <span>{shown.label}</span>}
      {shown.shortcut && <kbd>{shown.shortcut}</kbd>}
    </div>
  );
}

/**
 * Below a control, unless it sits in a column of controls (the sidebar, `data-tooltip-side="right"`): there the
 * tooltip goes beside the column, over none of the entries the reader is moving between.
 */
function sidesFor(target: HTMLElement): Side[] {
  const first = target.closest<HTMLElement>('[data-tooltip-side]')?.dataset.tooltipSide;
  const sides: Side[] = ['bottom', 'top', 'right', 'left'];
  return first === 'right' ? ['right', ...sides.filter((side) => side !== 'right')] : sides;
}
