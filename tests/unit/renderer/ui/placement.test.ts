import { describe, expect, it } from 'vitest';
import { type Box, intersects, placeBeside } from '../../../../renderer/src/ui/placement.ts';

const viewport = { width: 1280, height: 800 };
const popover = { width: 360, height: 300 };
const boxOf = (top: number, left: number, height: number, width: number): Box => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});
const placed = (place: { top: number; left: number; maxHeight?: number }, size = popover): Box =>
  boxOf(place.top, place.left, place.maxHeight ?? size.height, size.width);

describe('placing a popover beside its anchor', () => {
  it('puts it below the anchor when there is room', () => {
    const anchor = boxOf(100, 200, 24, 300);
    const place = placeBeside(anchor, popover, viewport);
    expect(place.side).toBe('bottom');
    expect(place.top).toBe(anchor.bottom + 8);
    expect(place.left).toBe(200);
  });

  it('puts it above a highlight near the foot of the window', () => {
    const anchor = boxOf(650, 200, 48, 500);
    const place = placeBeside(anchor, popover, viewport);
    expect(place.side).toBe('top');
    expect(place.top + popover.height).toBe(anchor.top - 8);
  });

  it('goes beside a tall anchor that leaves no room above or below', () => {
    const anchor = boxOf(200, 100, 500, 400);
    const place = placeBeside(anchor, popover, viewport);
    expect(place.side).toBe('right');
    expect(place.left).toBe(anchor.right + 8);
  });

  it('slides along its side to stay inside the window', () => {
    const anchor = boxOf(100, 1200, 20, 60);
    const place = placeBeside(anchor, popover, viewport);
    expect(place.left + popover.width).toBeLessThanOrEqual(viewport.width - 8);
    expect(place.left).toBeGreaterThanOrEqual(8);
  });

  it('scrolls inside rather than cover the anchor when no side can hold it whole', () => {
    const anchor = boxOf(300, 40, 200, 1200);
    const place = placeBeside(anchor, { width: 360, height: 700 }, viewport);
    expect(place.maxHeight).toBeGreaterThan(0);
    expect(intersects(placed(place, { width: 360, height: 700 }), anchor)).toBe(false);
  });

  it('never covers its anchor, wherever the anchor is', () => {
    for (let top = 0; top < viewport.height; top += 37) {
      for (let left = 0; left < viewport.width; left += 53) {
        for (const size of [
          { height: 20, width: 80 },
          { height: 90, width: 640 },
        ]) {
          const anchor = boxOf(top, left, size.height, size.width);
          const place = placeBeside(anchor, popover, viewport);
          expect(intersects(placed(place), anchor), JSON.stringify({ anchor, place })).toBe(false);
        }
      }
    }
  });

  it('centres a tooltip on its control', () => {
    const anchor = boxOf(10, 500, 30, 30);
    const place = placeBeside(anchor, { width: 100, height: 24 }, viewport, { align: 'center' });
    expect(place.left).toBe(465);
  });
});

describe('placing a popover within a pane of the window', () => {
  // The reader's pane at 1440 px: beside the sidebar, below the toolbar, left of the notes panel.
  const pane: Box = { top: 60, left: 240, bottom: 900, right: 1120 };
  const wide = { width: 1440, height: 900 };
  const inside = (box: Box, outer: Box) =>
    box.left >= outer.left && box.top >= outer.top && box.right <= outer.right && box.bottom <= outer.bottom;

  it('slides left to stay clear of what lies right of the pane (the notes panel)', () => {
    const anchor = boxOf(200, 900, 24, 180);
    const place = placeBeside(anchor, popover, wide, { within: pane });
    expect(place.side).toBe('bottom');
    expect(place.left + popover.width).toBe(pane.right - 8);
    expect(placeBeside(anchor, popover, wide).left + popover.width).toBeGreaterThan(pane.right);
  });

  it('never goes up over the toolbar, when the room above the anchor is partly outside the pane', () => {
    const anchor = boxOf(330, 400, 300, 500);
    const outsideIt = placeBeside(anchor, popover, wide);
    expect(outsideIt.side).toBe('top');
    expect(outsideIt.top).toBeLessThan(pane.top);
    const place = placeBeside(anchor, popover, wide, { within: pane });
    expect(inside(placed(place), pane)).toBe(true);
    expect(intersects(placed(place), anchor)).toBe(false);
  });

  it('stays inside the pane and off its anchor wherever the anchor is in it', () => {
    for (let top = pane.top; top < pane.bottom - 20; top += 41) {
      for (let left = pane.left; left < pane.right - 80; left += 59) {
        const anchor = boxOf(top, left, 20, 80);
        const place = placeBeside(anchor, popover, wide, { within: pane });
        const box = placed(place);
        expect(inside(box, pane), JSON.stringify({ anchor, place })).toBe(true);
        expect(intersects(box, anchor), JSON.stringify({ anchor, place })).toBe(false);
      }
    }
  });

  it('keeps to the window where the pane reaches past it', () => {
    const anchor = boxOf(100, 1000, 20, 60);
    const place = placeBeside(anchor, popover, viewport, { within: { top: -50, left: 0, bottom: 2000, right: 3000 } });
    expect(place.left + popover.width).toBeLessThanOrEqual(viewport.width - 8);
  });
});

describe('telling whether two boxes overlap', () => {
  it('counts shared area, not touching edges', () => {
    expect(intersects(boxOf(0, 0, 10, 10), boxOf(5, 5, 10, 10))).toBe(true);
    expect(intersects(boxOf(0, 0, 10, 10), boxOf(10, 0, 10, 10))).toBe(false);
  });
});
