import type { Page } from '@playwright/test';

/**
 * How many times slower the page's CPU runs once a session is set up: ANNALS_E2E_CPU_THROTTLE (say 4), off unless set.
 * A slow page shows the races a fast machine hides, such as a size read before the layout followed a resized window.
 */
const rate = Number(process.env.ANNALS_E2E_CPU_THROTTLE ?? 1);

/** Slows the page's CPU as ANNALS_E2E_CPU_THROTTLE asks (Chromium's DevTools throttling); nothing when unset. */
export async function throttleCpu(page: Page): Promise<void> {
  if (!(rate > 1)) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
