// The core slow to answer, as on a slow disk or a busy core with a big library: chosen API calls held back.
import type { Page, Route } from '@playwright/test';

/**
 * Holds every answer to the named API methods until the returned function is called; that lets every held call go
 * on and stops holding.
 */
export async function holdApi(page: Page, ...methods: string[]): Promise<() => Promise<void>> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const answered: Promise<void>[] = [];
  const hold = (route: Route) => {
    const done = released.then(() => route.continue());
    answered.push(done);
    return done;
  };
  for (const method of methods) await page.route(`**/api/${method}`, hold);
  return async () => {
    release();
    // Unrouted only once the held requests went on: unrouting first hands them on twice.
    await Promise.all(answered);
    for (const method of methods) await page.unroute(`**/api/${method}`, hold);
  };
}

/**
 * Holds every answer to an API method, as `holdApi` does, until the returned function is called: the held calls then
 * fail with the core's error in these words (as on a full disk), and so do the next ones until the second function
 * returned is called.
 */
export async function failHeldApi(
  page: Page,
  method: string,
  message: string,
): Promise<{ fail: () => void; recover: () => Promise<void> }> {
  let fail = () => {};
  const failing = new Promise<void>((resolve) => {
    fail = resolve;
  });
  const answer = (route: Route) =>
    failing.then(() =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'STORAGE_FAILED', message } }),
      }),
    );
  await page.route(`**/api/${method}`, answer);
  return { fail, recover: () => page.unroute(`**/api/${method}`, answer) };
}
