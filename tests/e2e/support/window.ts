import type { Page } from '@playwright/test';

/**
 * Sets the window's size and waits for the frame that brings it, in which the app lays itself out for the new width.
 * The sidebar and the notes follow the width through media queries that React listens to (lib/use-sidebar.ts); the
 * queries' change events come with the page's next frame, and React draws what they change before that frame's
 * animation callbacks run. A read right after setViewportSize alone can still see the old width's layout: on a
 * busy machine a third of such reads saw a media query's old answer, none after waiting for the frame (and in CI a
 * 720 px window's text was measured with the sidebar still open: 44 characters a line instead of 55 or more).
 *
 * What follows the new layout in later frames (the reader's toolbar folding what no longer fits, the list's rows
 * placed again at their new heights, a cut name narrowed to its "…") is not waited for here: measure it polled.
 */
export async function resizeWindow(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
}
