import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A page slowed down to show races (support/cpu-throttle.ts) gets as much more time to do its work. */
const slowdown = Math.max(1, Number(process.env.ANNALS_E2E_CPU_THROTTLE) || 1);

/** Debian's Chromium (never a browser downloaded by Playwright). */
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default defineConfig({
  testDir: './e2e',
  outputDir: `${root}test-results/e2e`,
  timeout: 60_000 * slowdown,
  expect: { timeout: 10_000 * slowdown },
  fullyParallel: false,
  workers: 1,
  // CI runs on a fresh, loaded machine where one layout race can fail a whole landing: a spec failing once is run
  // again, and the list reporter names it "flaky" so the race is still seen and mended (none locally).
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'browser-mode', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
