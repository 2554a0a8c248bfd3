// What the list benches share (list-scroll.ts, list-scroll-profile.ts, list-scroll-ab.ts): a generated library of
// 10,000 articles served by `annals serve`, open in Debian's Chromium (Playwright's own where it is missing) on
// "All articles", every article listed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { AnnalsPage } from '../e2e/support/annals-page.ts';
import { AppServer } from '../e2e/support/app-server.ts';
import { generateLibrary } from './generate-library.ts';

export const COUNT = 10_000;
/** The article list, as the benches find it. */
export const LIST = '[role="listbox"][aria-label="Articles"]';

export interface LargeList {
  app: AppServer;
  browser: Browser;
  /** The window, in a context of its own (not browser.newPage's), so other pages can open beside it. */
  page: Page;
}

/**
 * Opens the list, hands it to `use`, and removes everything after (the browser, the server, the library folder).
 * The library is as saving leaves it: without events.json and stories.json, the timeline would find every article's
 * events and group them at start instead of reading what saving found. ANNALS_BENCH_VARIED=1: titles, excerpts and
 * tags of a reader's own varied lengths, so rows differ in height (in the default library nearly every row is as tall
 * as the one before it, and the list's estimates are always right).
 */
export async function withLargeList<T>(name: string, use: (list: LargeList) => Promise<T>): Promise<T> {
  const libraryDir = mkdtempSync(path.join(os.tmpdir(), `annals-bench-${name}-`));
  const app = new AppServer(libraryDir);
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
  try {
    await generateLibrary(libraryDir, COUNT, 7, { events: true, varied: Boolean(process.env.ANNALS_BENCH_VARIED) });
    await app.start();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await new AnnalsPage(page).view('All articles').click();
    await page.getByText(`${COUNT} articles`).waitFor();
    return await use({ app, browser, page });
  } finally {
    await browser.close();
    await app.stop();
    rmSync(libraryDir, { recursive: true, force: true });
  }
}
