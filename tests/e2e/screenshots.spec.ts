// Every view and dialog at 1440 and 800 px wide in the light, dark and sepia themes, written to
// test-results/screenshots/<view>-<theme>-<width>.png to be looked at (and to refresh the README's).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Page, test } from '@playwright/test';
import { AnnalsPage } from './support/annals-page.ts';
import { AppServer } from './support/app-server.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { leave, prepareLibrary, setTheme, stops, themes } from './support/tour.ts';

const widths = [1440, 800] as const;
const HEIGHT = 900;
const shots = (name: string) => path.join(test.info().project.outputDir, '..', 'screenshots', name);

let libraryDir: string;
let app: AppServer;
let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  libraryDir = mkdtempSync(path.join(os.tmpdir(), 'annals-e2e-screens-'));
  web = new FixtureServer();
  await web.start();
  app = new AppServer(libraryDir);
  await app.start();
  await prepareLibrary(app.url, web);
  page = await browser.newPage({ viewport: { width: widths[0], height: HEIGHT } });
  annals = new AnnalsPage(page);
  await page.goto(app.url);
  await annals.dismissToasts();
});

test.afterAll(async () => {
  await page?.close();
  await app?.stop();
  await web?.stop();
  rmSync(libraryDir, { recursive: true, force: true });
});

for (const theme of themes) {
  for (const width of widths) {
    test(`shows every view in the ${theme} theme at ${width} px`, async () => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: HEIGHT });
      await setTheme(annals, theme);
      await annals.dismissToasts();
      for (const stop of stops) {
        await stop.open(annals);
        // The pointer rests away from every control, so no hover or tooltip is in the picture.
        await page.mouse.move(width - 2, HEIGHT - 2);
        await page.screenshot({ path: shots(`${stop.name}-${theme}-${width}.png`), animations: 'disabled' });
        await leave(annals, stop);
      }
    });
  }
}
