// The story timeline from 1440 px down to an 800 px window: the date column gives way to the events, and
// each day's date, its dot on the axis and its events sit side by side, measured with bounding boxes.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Box, boxesOf, expectNoOverlap } from './support/geometry.ts';
import { addSampleArticles, shots, withAnnals } from './support/session.ts';
import { resizeWindow } from './support/window.ts';

/** The least width for an event's words: about 45 characters of the timeline's 16 px serif on a line. */
const LEAST_TEXT_WIDTH = 360;

/** Opens the sample's story; its timeline is read from the five articles on first sight, slow on a busy machine. */
async function openSampleStory(page: Page): Promise<void> {
  test.setTimeout(240_000);
  await page
    .getByRole('navigation', { name: 'Stories' })
    .getByRole('button', { name: /Old Mill Bridge/ })
    .click();
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible({ timeout: 120_000 });
}

const days = (page: Page): Locator =>
  page.getByRole('main').getByRole('list', { name: 'Events by date' }).getByRole('region');

/** The width the dates take: from the timeline's left edge to the axis. */
async function dateColumnWidth(page: Page): Promise<number> {
  const date = (await days(page).first().getByRole('heading', { level: 3 }).boundingBox())!;
  return date.width;
}

/** A day's date, its dot on the axis and its events (its articles), each of which must be on screen. */
async function dayBoxes(day: Locator): Promise<{ date: Box; dot: Box; events: Box[] }> {
  const events = await day.getByRole('article').all();
  const boxes = await boxesOf({
    date: day.getByRole('heading', { level: 3 }).locator('time'),
    // The dot is drawn, not read: it has no role to find it by.
    dot: day.locator('.timeline-dot'),
    ...Object.fromEntries(events.map((event, index) => [`event ${index + 1}`, event])),
  });
  const { date, dot, ...cards } = boxes;
  expectNoOverlap(boxes);
  return { date: date!, dot: dot!, events: Object.values(cards) };
}

/** Every day on the timeline: date, dot and events left to right, and the events' words with room. */
async function expectDaysSideBySide(page: Page): Promise<void> {
  const all = await days(page).all();
  expect(all.length, 'days on the timeline').toBeGreaterThan(1);
  for (const day of all) {
    const where = await day.getAttribute('aria-label');
    const { date, dot, events } = await dayBoxes(day);
    expect(date.x + date.width, `${where}: the date ends before its dot`).toBeLessThanOrEqual(dot.x);
    for (const event of events)
      expect(event.x, `${where}: an event starts after the dot`).toBeGreaterThanOrEqual(dot.x + dot.width);
    for (const words of await day.getByRole('article').getByTitle('Read it in the article').all()) {
      expect((await words.boundingBox())!.width, `${where}: an event's words`).toBeGreaterThanOrEqual(LEAST_TEXT_WIDTH);
    }
  }
}

/** An event told by several articles lists them alike: in a narrow card each outlet sits under its title. */
async function expectSourcesAlike(page: Page): Promise<void> {
  const sources = page
    .getByRole('main')
    .getByRole('list', { name: /^Reported by \d+ articles$/ })
    .first();
  const items = await sources.getByRole('listitem').all();
  expect(items.length, 'articles reporting one event').toBeGreaterThan(1);
  for (const item of items) {
    const title = (await item.getByRole('button').filter({ hasText: /./ }).boundingBox())!;
    const outlet = (await item.locator('.source-site').boundingBox())!;
    expect(outlet.x, `${await item.textContent()}: the outlet starts under its title`).toBeCloseTo(title.x, 0);
    expect(outlet.y, `${await item.textContent()}: the outlet is below its title`).toBeGreaterThanOrEqual(
      title.y + title.height - 1,
    );
  }
}

test('gives an 800 px story timeline a narrower date column, with date, dot and events side by side', async ({
  page,
}) =>
  withAnnals(page, { name: 'timeline-narrow', viewport: { width: 1440, height: 900 } }, async ({ annals }) => {
    await addSampleArticles(annals);
    await openSampleStory(page);
    const wide = await dateColumnWidth(page);

    await resizeWindow(page, { width: 800, height: 700 });
    await expect(page.getByRole('button', { name: 'Show the sidebar' })).toBeVisible();
    await expect.poll(() => dateColumnWidth(page)).toBeLessThan(wide * 0.75);
    await expectDaysSideBySide(page);
    await expectSourcesAlike(page);
    await page.screenshot({ path: shots('timeline-narrow-800.png') });

    // The sidebar beside the story leaves it about 560 px: the events still keep their room.
    await page.getByRole('button', { name: 'Show the sidebar' }).click();
    await expect(page.getByRole('navigation', { name: 'Stories' })).toBeVisible();
    await expectDaysSideBySide(page);
    await page.screenshot({ path: shots('timeline-narrow-800-sidebar.png') });
  }));

test('keeps the lanes of an 800 px story timeline apart and within the window', async ({ page }) =>
  withAnnals(page, { name: 'timeline-narrow-lanes', viewport: { width: 800, height: 700 } }, async ({ annals }) => {
    await addSampleArticles(annals);
    await page.getByRole('button', { name: 'Show the sidebar' }).click();
    await openSampleStory(page);
    await page.getByRole('button', { name: 'Hide the sidebar' }).click();
    await page.getByRole('button', { name: 'By name', exact: true }).click();
    const laneNames = page.getByRole('list', { name: 'Lanes' });
    await expect(laneNames).toBeVisible();
    for (const day of await days(page).all()) await dayBoxes(day);
    // Every lane on screen, none cut off at the window's edge, each wide enough for a few words a line.
    const lanes = await laneNames.getByRole('listitem').all();
    expect(lanes.length, 'lanes').toBeGreaterThan(2);
    for (const lane of lanes) {
      const box = (await lane.boundingBox())!;
      expect(box.x + box.width, `${await lane.textContent()}: ends inside the window`).toBeLessThanOrEqual(800);
      expect(box.width, `${await lane.textContent()}: width`).toBeGreaterThanOrEqual(130);
    }
    await page.screenshot({ path: shots('timeline-narrow-800-lanes.png') });
  }));

test('keeps the timeline toolbar on one line at 800 px, Export as a named icon', async ({ page }) =>
  withAnnals(page, { name: 'timeline-narrow-toolbar', viewport: { width: 800, height: 700 } }, async ({ annals }) => {
    await addSampleArticles(annals);
    await page.getByRole('button', { name: 'Show the sidebar' }).click();
    await openSampleStory(page);
    await page.getByRole('button', { name: 'Hide the sidebar' }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Timeline' });
    const exportButton = toolbar.getByRole('button', { name: 'Export' });
    await expect(exportButton).toBeVisible();
    const zoom = (await toolbar.getByRole('button', { name: 'Days', exact: true }).boundingBox())!;
    const exported = (await exportButton.boundingBox())!;
    expect(
      Math.abs(exported.y + exported.height / 2 - (zoom.y + zoom.height / 2)),
      'Export beside the zoom',
    ).toBeLessThan(zoom.height);
    await page.screenshot({ path: shots('timeline-narrow-800-toolbar.png') });

    // Beside the sidebar in a 720 px window: Export stays on the line of "Show hidden", not alone on a line below.
    await resizeWindow(page, { width: 720, height: 700 });
    await page.getByRole('button', { name: 'Show the sidebar' }).click();
    await expect(page.getByRole('button', { name: 'Hide the sidebar' })).toBeVisible();
    const showHidden = (await toolbar.getByRole('checkbox', { name: 'Show hidden' }).boundingBox())!;
    const exportedBeside = (await exportButton.boundingBox())!;
    expect(
      Math.abs(exportedBeside.y + exportedBeside.height / 2 - (showHidden.y + showHidden.height / 2)),
      'Export on the line of "Show hidden"',
    ).toBeLessThan(showHidden.height);
    expect(exportedBeside.x + exportedBeside.width, 'Export inside the window').toBeLessThanOrEqual(720);
    await page.screenshot({ path: shots('timeline-narrow-720-toolbar.png') });
  }));
