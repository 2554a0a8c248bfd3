import { expect, type Locator } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlap(a: Box, b: Box): boolean {
  const tolerance = 0.5;
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** The boxes of some named elements, each of which must be on screen. */
export async function boxesOf(named: Record<string, Locator>): Promise<Record<string, Box>> {
  const boxes: Record<string, Box> = {};
  for (const [name, locator] of Object.entries(named)) {
    const box = await locator.boundingBox();
    expect(box, `${name} has a box`).not.toBeNull();
    boxes[name] = box!;
  }
  return boxes;
}

/** Fails naming the first two elements that cover each other. */
export function expectNoOverlap(boxes: Record<string, Box>): void {
  const names = Object.keys(boxes);
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      expect(overlap(boxes[a]!, boxes[b]!), `${a} and ${b} overlap`).toBe(false);
    }
  }
}
