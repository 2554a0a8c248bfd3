// Dragging the window's edge is a resize every frame: the article list's rows wrap to new heights each time, and each
// frame the reader sees must have them placed at those heights, never one row drawn over the next.
import { expect, test } from '@playwright/test';
import { generateLibrary } from '../bench/generate-library.ts';
import { withAnnals } from './support/session.ts';
import { resizeWindow } from './support/window.ts';

const generated = {
  name: 'list-resize',
  beforeStart: (libraryDir: string) => generateLibrary(libraryDir, 300, 7, { varied: true }),
};

/** The rows of the list "Articles" that cover part of another, as "n/m" positions; none in a well-placed list. */
const OVERLAPPING_ROWS = `(() => {
  const rows = [...document.querySelectorAll('[role="listbox"][aria-label="Articles"] [role="option"]')];
  const boxes = rows.map((row) => [row.getAttribute('aria-posinset'), row.getBoundingClientRect()]);
  boxes.sort((a, b) => a[1].top - b[1].top);
  const found = [];
  for (let i = 1; i < boxes.length; i++) {
    if (boxes[i - 1][1].bottom - boxes[i][1].top > 0.5) found.push(boxes[i - 1][0] + '/' + boxes[i][0]);
  }
  return found;
})()`;

test('keeps the article rows apart in every frame while the window edge is dragged', async ({ page }) =>
  withAnnals(page, generated, async ({ annals }) => {
    await resizeWindow(page, { width: 1280, height: 800 });
    await annals.view('All articles').click();
    await expect(annals.list.getByRole('option').first()).toBeVisible();
    // What the frame that brings a new size paints: the rows as they are once that frame's layout is done and the
    // list has heard of it (an observer made after the list's own is told after it, in the same frame).
    await page.evaluate(`(() => {
      window.overlapsPainted = [];
      new ResizeObserver(() => window.overlapsPainted.push(${OVERLAPPING_ROWS}))
        .observe(document.querySelector('[role="listbox"][aria-label="Articles"]'));
    })()`);
    // Narrower and wider by steps, as a hand dragging the edge: the titles and excerpts wrap to more lines, then fewer.
    for (const width of [1180, 1060, 940, 860, 760, 900, 1100, 1400]) {
      await resizeWindow(page, { width, height: 800 });
      await expect
        .poll(() => page.evaluate('window.overlapsPainted.length'), `the list is laid out at ${width} px`)
        .toBeGreaterThan(0);
      expect(await page.evaluate(OVERLAPPING_ROWS), `rows overlap right after the resize to ${width} px`).toEqual([]);
      const painted = (await page.evaluate('window.overlapsPainted.splice(0)')) as string[][];
      expect(painted.flat(), `rows drawn over each other in a frame of the resize to ${width} px`).toEqual([]);
    }
  }));
