// axe-core in every view and dialog of the tour, in light, dark and sepia, the article frame included:
// no serious or critical violation.
// The article frame runs no script (sandbox without allow-scripts). axe's source can be evaluated in
// it from outside, but axe.run never finishes there: it waits on timers, and a script-less document's
// timers never fire (nor do the parent's, calling into it). So the frame's document, as painted
// (tokens, fonts, highlights), is copied into a same-origin frame of the app that may run scripts,
// at the same width, and axe runs on the copy. A violation planted in the real frame is found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page, test } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import type { AnnalsPage } from './support/annals-page.ts';
import { useSharedSession } from './support/session.ts';
import { leave, prepareLibrary, setTheme, stops, themes } from './support/tour.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'axe',
    web: true,
    viewport: { width: 1280, height: 860 },
    prepare: prepareLibrary,
  },
  async (session) => {
    ({ page, annals } = session);
    await annals.dismissToasts();
  },
);

/** What axe finds serious or critical in one document, as lines a reader of the failure can act on. */
async function audit(target: Page | Frame, where: string): Promise<string[]> {
  // A dialog rises in (opacity from 0) as it opens, and axe reads colours as they are now: on a slow machine it once
  // read the About dialog's labels part faded. Animations that end are let end first; endless ones (a spinner) are not,
  // nor those driven by scrolling (the sidebar header's edge), which end only when their box is scrolled to its end.
  await target.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.timeline === document.timeline)
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await target.evaluate(axeSource);
  const results = (await target.evaluate(() =>
    // The app's document is checked apart from the article's: axe must not try to enter the frame itself.
    (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe.run(document, {
      iframes: false,
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${where}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary}`,
      ),
    );
}

/** axe on a copy of the article frame's document (see the top of this file). */
async function auditArticle(where: string): Promise<string[]> {
  const original = page.locator('iframe[title="Article text"]');
  const html = await articleFrame().content();
  const width = (await original.boundingBox())?.width ?? 800;
  const height = await original.evaluate((frame: HTMLIFrameElement) => frame.offsetHeight);
  const copy = await page.evaluateHandle(
    ({ html, width, height }) => {
      const frame = document.createElement('iframe');
      frame.title = 'Copy of the article text';
      frame.style.cssText = `position: fixed; left: 0; top: 0; width: ${width}px; height: ${height}px; z-index: -1`;
      frame.srcdoc = html;
      document.body.append(frame);
      return new Promise<HTMLIFrameElement>((done) =>
        frame.addEventListener('load', () => done(frame), { once: true }),
      );
    },
    { html, width, height },
  );
  try {
    const frame = await copy.asElement()?.contentFrame();
    if (!frame) throw new Error('the copy of the article has no document');
    return await audit(frame, where);
  } finally {
    await copy.evaluate((frame) => (frame as HTMLIFrameElement).remove());
  }
}

function articleFrame(): Frame {
  const frame = page.frame({ url: /about:srcdoc/ });
  if (!frame) throw new Error('the article frame is not on the page');
  return frame;
}

for (const theme of themes) {
  test(`finds no serious or critical violation in any view or dialog in the ${theme} theme`, async () => {
    test.setTimeout(420_000);
    await setTheme(annals, theme);
    await annals.dismissToasts();
    const found: string[] = [];
    for (const stop of stops) {
      await stop.open(annals);
      await page.mouse.move(1, 859);
      found.push(...(await audit(page, `${stop.name} (${theme})`)));
      if (stop.hasArticle) found.push(...(await auditArticle(`${stop.name} article frame (${theme})`)));
      await leave(annals, stop);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('reaches into the article frame (a violation planted there is found)', async () => {
  await stops.find((stop) => stop.name === 'reader')?.open(annals);
  const frame = articleFrame();
  await frame.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(image);
  });
  const found = await auditArticle('planted');
  expect(found.some((line) => line.includes('image-alt'))).toBe(true);
  await annals.backToList();
});
