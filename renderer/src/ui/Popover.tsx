import { type HTMLAttributes, type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Box, type PlacementOptions, placeBeside } from './placement.ts';

export interface PopoverProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Where the anchor is now; asked again as the page scrolls or the window changes size. */
  anchor(): Box | null;
  placement?: Omit<PlacementOptions, 'within'>;
  /** The part of the window it stays inside (a pane: the reader's), asked again with the anchor. */
  within?(): Box | null;
  /** Escape, or a press outside the popover (and outside `keepOpenWithin`). */
  onClose?(): void;
  /** Presses here do not close it (the control that opened it). */
  keepOpenWithin?: () => Element | null;
  children: ReactNode;
}

/**
 * A panel floating beside what it is about, never over it (see placeBeside): a highlight's note, a
 * menu, the appearance settings. It follows its anchor as the page scrolls and keeps inside the window.
 */
export function Popover({
  anchor,
  placement,
  within,
  onClose,
  keepOpenWithin,
  children,
  className,
  style,
  ...rest
}: PopoverProps) {
  const panel = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number; maxHeight?: number } | null>(null);
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;
  const options = useRef(placement);
  options.current = placement;
  const withinRef = useRef(within);
  withinRef.current = within;

  const measure = useCallback(() => {
    const box = anchorRef.current();
    const element = panel.current;
    if (!box || !element) return;
    // Its natural size, not the one a previous placement squeezed it to.
    const squeezed = element.style.maxHeight;
    element.style.maxHeight = '';
    const size = { width: element.offsetWidth, height: element.scrollHeight };
    element.style.maxHeight = squeezed;
    const next = placeBeside(
      box,
      size,
      { width: window.innerWidth, height: window.innerHeight },
      { ...options.current, within: withinRef.current?.() ?? null },
    );
    setPlace((current) =>
      current && current.top === next.top && current.left === next.left && current.maxHeight === next.maxHeight
        ? current
        : { top: next.top, left: next.left, ...(next.maxHeight !== undefined ? { maxHeight: next.maxHeight } : {}) },
    );
  }, []);

  useLayoutEffect(measure, [measure]);

  useEffect(() => {
    window.addEventListener('resize', measure);
    window.addEventListener('scroll', measure, true);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    if (panel.current) observer?.observe(panel.current);
    return () => {
      window.removeEventListener('resize', measure);
      window.removeEventListener('scroll', measure, true);
      observer?.disconnect();
    };
  }, [measure]);

  const close = useRef(onClose);
  close.current = onClose;
  const keep = useRef(keepOpenWithin);
  keep.current = keepOpenWithin;
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!close.current || !target || panel.current?.contains(target)) return;
      if (keep.current?.()?.contains(target)) return;
      close.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes it; the role (dialog, toolbar, menu) comes from the caller
    <div
      ref={panel}
      {...rest}
      className={`popover ${className ?? ''}`}
      style={{
        ...style,
        ...(place ? { top: place.top, left: place.left, maxHeight: place.maxHeight } : { top: 0, left: 0, opacity: 0 }),
      }}
      onKeyDown={(event) => {
        rest.onKeyDown?.(event);
        if (!event.defaultPrevented && event.key === 'Escape' && close.current) {
          event.preventDefault();
          event.stopPropagation();
          close.current();
        }
      }}
    >
      {children}
    </div>
  );
}

/** An element's box, for `anchor`. */
export function boxOf(element: Element | null | undefined): Box | null {
  return element ? element.getBoundingClientRect() : null;
}

/** The inside of a scrolling pane, for `within`: its box less its scrollbar. */
export function paneOf(element: Element | null | undefined): Box | null {
  if (!element) return null;
  const box = element.getBoundingClientRect();
  return {
    top: box.top + element.clientTop,
    left: box.left + element.clientLeft,
    bottom: box.top + element.clientTop + element.clientHeight,
    right: box.left + element.clientLeft + element.clientWidth,
  };
}
