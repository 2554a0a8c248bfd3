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

describe('telling whether two boxes overlap', () => {
  it('counts shared area, not touching edges', () => {
    expect(intersects(boxOf(0, 0, 10, 10), boxOf(5, 5, 10, 10))).toBe(true);
    expect(intersects(boxOf(0, 0, 10, 10), boxOf(10, 0, 10, 10))).toBe(false);
  });
});
