import type { Page, Route } from '@playwright/test';

/**
 * Makes the server's answer to `timeline.get` an internal failure, as a library whose stored events cannot be read
 * would give; the function returned lets the next answer through again.
 */
export async function failTimeline(page: Page): Promise<() => Promise<void>> {
  const fail = (route: Route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'the stored events could not be read' } }),
    });
  await page.route('**/api/timeline.get', fail);
  return () => page.unroute('**/api/timeline.get', fail);
}
