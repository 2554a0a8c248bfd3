// How long the Highlights view takes to show a library's highlights, and to answer a word typed in its search,
// beside opening All articles (a virtualized list of every article) in the same browser and library.
//
//   npm run bench:highlights -- <library dir>   (a library from tests/bench/lived-in-library.ts --articles 3000)
import { chromium, expect } from '@playwright/test';
import { AnnalsPage } from '../e2e/support/annals-page.ts';
import { AppServer } from '../e2e/support/app-server.ts';
import playwrightConfig from '../playwright.config.ts';

const app = new AppServer(process.argv[2]!);
const url = await app.start();
// The e2e tests' Chromium and switches.
const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const annals = new AnnalsPage(page);
  await page.goto(url);
  await expect(annals.list.getByRole('option').first()).toBeVisible({ timeout: 120_000 });
  const views = page.getByRole('navigation', { name: 'Library views' });
  const time = async (run: () => Promise<void>) => {
    const started = performance.now();
    await run();
    return Math.round(performance.now() - started);
  };
  for (let round = 0; round < 3; round++) {
    const list = await time(async () => {
      await views.getByRole('button', { name: /^All articles/ }).click();
      await expect(annals.list.getByRole('option').first()).toBeVisible({ timeout: 120_000 });
    });
    const highlights = await time(async () => {
      await views.getByRole('button', { name: /^Highlights/ }).click();
      await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem').first()).toBeVisible({
        timeout: 120_000,
      });
    });
    const cards = await page.getByRole('list', { name: 'Highlights' }).getByRole('listitem').count();
    const typed = await time(async () => {
      const field = page.getByRole('searchbox', { name: 'Search highlights and notes' });
      await field.fill('minister');
      await expect(page.getByText(/^\d[\d,]* of [\d,]+$/)).not.toHaveText(/^([\d,]+) of \1$/, { timeout: 120_000 });
      await field.fill('');
    });
    console.log(
      `round ${round}: All articles ${list} ms; Highlights ${highlights} ms (${cards} cards in the page); a word typed ${typed} ms`,
    );
    await views.getByRole('button', { name: /^Inbox/ }).click();
  }
} finally {
  await browser.close();
  await app.stop();
}
