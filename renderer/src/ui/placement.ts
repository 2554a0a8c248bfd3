/** Where something sits on screen, in the window's coordinates (a DOMRect fits). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'bottom' | 'top' | 'right' | 'left';

export interface Placement {
  top: number;
  left: number;
  side: Side;
  /** Set when the floating box must scroll inside to stay clear of its anchor and on screen. */
  maxHeight?: number;
}

export interface PlacementOptions {
  /** Sides to try, in order; the first where the whole box fits wins. */
  sides?: Side[];
  /** Room between the anchor and the box. */
  gap?: number;
  /** Room kept free at the window's edges. */
  margin?: number;
  /** Along the anchor: start at its left (or top) edge, or centre on it. */
  align?: 'start' | 'center';
  /**
   * The part of the window the box belongs to (the reader's pane for a highlight's note): it stays inside
   * it as it would inside the window, over neither the list nor the toolbar beside. The window by default.
   */
  within?: Box | null;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * Places a floating box (popover, menu, tooltip) beside its anchor, never over it: on the first side
 * where it fits whole, slid along that side to stay on screen (or within the part of it given); where no side fits, on the side with the
 * most room, with a height it scrolls within.
 */
export function placeBeside(anchor: Box, floating: Size, viewport: Size, options: PlacementOptions = {}): Placement {
  const { sides = ['bottom', 'top', 'right', 'left'], gap = 8, margin = 8, align = 'start', within } = options;
  // Where the box may go: the window, or the part of it given, less the margin all round.
  const area: Box = {
    top: Math.max(0, within?.top ?? 0) + margin,
    left: Math.max(0, within?.left ?? 0) + margin,
    bottom: Math.min(viewport.height, within?.bottom ?? viewport.height) - margin,
    right: Math.min(viewport.width, within?.right ?? viewport.width) - margin,
  };
  const areaWidth = area.right - area.left;
  const areaHeight = area.bottom - area.top;
  const room: Record<Side, number> = {
    bottom: area.bottom - (anchor.bottom + gap),
    top: anchor.top - gap - area.top,
    right: area.right - (anchor.right + gap),
    left: anchor.left - gap - area.left,
  };
  const across = (side: Side): number => {
    if (side === 'bottom' || side === 'top') {
      const wanted = align === 'center' ? (anchor.left + anchor.right - floating.width) / 2 : anchor.left;
      return clamp(wanted, area.left, area.right - floating.width);
    }
    const wanted = align === 'center' ? (anchor.top + anchor.bottom - floating.height) / 2 : anchor.top;
    return clamp(wanted, area.top, area.bottom - floating.height);
  };
  const at = (side: Side, height = floating.height): Placement => {
    switch (side) {
      case 'bottom':
        return { side, top: anchor.bottom + gap, left: across(side) };
      case 'top':
        return { side, top: anchor.top - gap - height, left: across(side) };
      case 'right':
        return { side, top: across(side), left: anchor.right + gap };
      case 'left':
        return { side, top: across(side), left: anchor.left - gap - floating.width };
    }
  };
  const fits = (side: Side) =>
    side === 'bottom' || side === 'top'
      ? room[side] >= floating.height && floating.width <= areaWidth
      : room[side] >= floating.width && floating.height <= areaHeight;

  const whole = sides.find(fits);
  if (whole) return at(whole);

  // Nothing fits whole: above or below, whichever has more room, and scroll inside.
  const side: Side = room.bottom >= room.top ? 'bottom' : 'top';
  const maxHeight = Math.max(0, room[side]);
  return { ...at(side, maxHeight), maxHeight };
}

/** Whether two boxes overlap (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
