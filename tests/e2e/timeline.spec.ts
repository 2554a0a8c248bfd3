// The timeline in browser mode: three articles about one story, saved from the (fixture) web, become a
// story whose timeline lists the event they all report once, with its three sources; an event opens
// its article at its sentence; hidden events stay hidden and edited dates stay edited after a reload.
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import type { FixtureServer } from './support/fixture-server.ts';
import { shots, useSharedSession } from './support/session.ts';

const pages = ['crane-collapse.html', 'crane-weld.html', 'crane-berth-reopens.html'];

let web: FixtureServer;
let page: Page;
let annals: AnnalsPage;

useSharedSession({ name: 'timeline', web: true, viewport: { width: 1280, height: 760 } }, async (session) => {
  ({ page, annals, web } = session);
});

const timeline = (): Locator => page.getByRole('main');
const event = (name: RegExp): Locator => timeline().getByRole('article', { name });

test('groups three related articles into a story whose timeline merges the event they all report', async () => {
  for (const file of pages) await annals.saveUrl(web.url(`timeline-story/${file}`));
  await annals.openStory(/ 3 articles$/);
  const collapse = event(/^4 March 2025: .*crane collapsed/);
  await expect(collapse).toContainText('Reported by 3 articles');
  await expect(
    collapse.getByRole('list', { name: 'Reported by 3 articles' }).getByRole('button').filter({ hasText: /./ }),
  ).toHaveText([
    'Crane collapses at Port Wexley container terminal, closing two berths',
    'Cracked weld brought down Port Wexley crane, inspectors say',
    'Port Wexley reopens last berth closed by crane collapse',
  ]);
  await expect(timeline().getByText('3 weeks later')).toBeVisible();

  await annals.dismissToasts();
  // The saves' progress notes have gone: the toasts said what was saved.
  await expect(page.getByRole('status', { name: 'Progress', includeHidden: true })).toHaveText('');
  await page.getByRole('button', { name: 'By name', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Lanes' }).getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: shots('timeline.png') });
  await annals.runCommand('Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: shots('timeline-dark.png') });
  await annals.runCommand('Theme: Light');
  // The next test's pictures are light ones: the theme has come back before it starts.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'No lanes', exact: true }).click();
});

test('opens the article of an event scrolled to its sentence, marked, and Back returns to the event', async () => {
  const report = event(/^June 2025: .*final report/);
  await report.getByRole('button', { name: /final report/ }).click();
  await expect(annals.reader).toBeVisible();
  await expect(annals.reader.getByRole('heading', { level: 1 })).toHaveText(
    'Port Wexley reopens last berth closed by crane collapse',
  );
  await expect.poll(() => annals.markedSentence()).toContain('will publish its final report on the collapse in June');
  // The page moved down to the sentence, which is on screen.
  await expect
    .poll(async () =>
      Number(await page.getByRole('progressbar', { name: 'Reading progress' }).getAttribute('aria-valuenow')),
    )
    .toBeGreaterThan(0);
  await expect(annals.articleText.getByText(/will publish its final report/)).toBeInViewport();
  await page.screenshot({ path: shots('timeline-sentence.png') });

  await annals.reader.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(report).toBeFocused();
});

test('gives the keyboard back to the event whose article Esc closes, opened from its text or a source', async () => {
  const collapse = event(/^4 March 2025: .*crane collapsed/);
  await collapse
    .getByRole('button', { name: /crane collapsed/ })
    .first()
    .click();
  await expect(annals.reader).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(annals.reader).toHaveCount(0);
  await expect(collapse).toBeFocused();

  await collapse.getByRole('button', { name: /^Cracked weld brought down/ }).click();
  await expect(annals.reader.getByRole('heading', { level: 1 })).toContainText('Cracked weld');
  await page.keyboard.press('Escape');
  await expect(collapse).toBeFocused();
  // The keys go on from there: Enter opens the event again.
  await page.keyboard.press('Enter');
  await expect(annals.reader).toBeVisible();
  await annals.reader.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(collapse).toBeFocused();
});

test('shows a report the reader says is another happening on its own, until Undo or Merge again', async () => {
  const collapse = event(/^4 March 2025: A 60-metre container crane collapsed/);
  const reopens = 'Port Wexley reopens last berth closed by crane collapse';
  await collapse.getByRole('button', { name: `Not the same event: ${reopens}` }).click();
  await expect(
    collapse.getByRole('list', { name: 'Reported by 2 articles' }).getByRole('button').filter({ hasText: /./ }),
  ).toHaveText([
    'Crane collapses at Port Wexley container terminal, closing two berths',
    'Cracked weld brought down Port Wexley crane, inspectors say',
  ]);
  const own = timeline()
    .getByRole('article', { name: /^4 March 2025: / })
    .filter({ hasText: 'Kept apart' });
  await expect(own.getByRole('list', { name: 'Source' })).toHaveText(new RegExp(reopens));
  await own.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shots('timeline-kept-apart.png') });

  await annals.undo(`Showed “${reopens}” on its own`);
  await expect(collapse).toContainText('Reported by 3 articles');
  await expect(own).toHaveCount(0);

  // Kept apart again, and still so after a reload, until the reader lets Annals merge it again.
  await collapse.getByRole('button', { name: `Not the same event: ${reopens}` }).click();
  await page.reload();
  await annals.openStory(/ 3 articles$/);
  await expect(own).toBeVisible();
  await own.getByRole('button', { name: 'Merge again' }).click();
  await expect(own).toHaveCount(0);
  await expect(collapse).toContainText('Reported by 3 articles');
});

test('shows two events the reader says are one happening as one, until Undo', async () => {
  const collapse = event(/^4 March 2025: A 60-metre container crane collapsed/);
  const reopens = 'Port Wexley reopens last berth closed by crane collapse';
  await collapse.getByRole('button', { name: `Not the same event: ${reopens}` }).click();
  const own = timeline()
    .getByRole('article', { name: /^4 March 2025: / })
    .filter({ hasText: 'Kept apart' });
  await own.getByRole('button', { name: 'Same event as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Same event as… (4 March 2025)' });
  await dialog.getByRole('radio', { name: /crane collapsed/ }).check();
  await page.screenshot({ path: shots('timeline-same-event-as.png') });
  await dialog.getByRole('button', { name: 'Show as one' }).click();
  await expect(collapse).toContainText('Reported by 3 articles');
  await expect(collapse).toContainText('Merged by you');
  await expect(own).toHaveCount(0);

  await annals.undo('Showed the two as one event');
  await expect(own).toBeVisible();
  await expect(collapse).toContainText('Reported by 2 articles');
  // The same from the keyboard: g on the event the keys are on.
  await own.focus();
  await page.keyboard.press('g');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await own.getByRole('button', { name: 'Merge again' }).click();
  await expect(collapse).toContainText('Reported by 3 articles');
  await expect(collapse).not.toContainText('Merged by you');
});

test('hides an event, which stays hidden after a reload until shown again', async () => {
  const inspection = event(/^12 February 2025: /);
  await inspection.getByRole('button', { name: 'Hide' }).click();
  await expect(annals.toast('Hid the event')).toBeVisible();
  await expect(inspection).toHaveCount(0);

  await page.reload();
  await annals.openStory(/ 3 articles$/);
  await expect(event(/^4 March 2025: .*crane collapsed/)).toBeVisible();
  await expect(inspection).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show hidden' }).check();
  await expect(inspection).toContainText('Hidden');
});

test('edits the date of an event, and the change stays', async () => {
  const finding = event(/^7 March 2025: Inspectors/);
  await finding.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the event' });
  await dialog.getByRole('textbox', { name: 'Date' }).fill('2025-03-06');
  await expect(dialog).toContainText('Shown as “6 March 2025”');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(event(/^6 March 2025: Inspectors/)).toContainText('Edited');

  await page.reload();
  await annals.openStory(/ 3 articles$/);
  await expect(event(/^6 March 2025: Inspectors/)).toBeVisible();
  await expect(finding).toHaveCount(0);
});

test('adds a highlight to the timeline, dated by its article when its words name no date', async () => {
  await event(/^24 March 2025: Berth 4/)
    .getByRole('button', { name: /^Berth 4 at Port Wexley/ })
    .click();
  await expect(annals.reader).toBeVisible();
  await annals.dismissToasts();
  const quote = annals.articleText.getByText(/The quay wall came through it/);
  const box = await annals.steadyBox(quote);
  await annals.drag({ x: box.x + 2, y: box.y + 10 }, { x: box.x + box.width * 0.7, y: box.y + 10 });
  await page
    .getByRole('toolbar', { name: 'Highlight the selection' })
    .getByRole('button', { name: 'Highlight in yellow' })
    .click();
  await annals.articleText.locator('mark.annals-hl').first().click();
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await popover.getByRole('button', { name: 'Add to timeline…' }).click();
  await expect(popover.getByRole('textbox', { name: 'Date' })).toBeFocused();
  await popover.getByRole('button', { name: 'Add to timeline', exact: true }).click();
  await expect(annals.toast('Added to the timeline')).toBeVisible();
  await popover.getByRole('button', { name: 'Done' }).click();

  const story = page.getByRole('region', { name: 'Story' });
  await expect(story.getByRole('button', { name: '5 dated events in this article' })).toBeVisible();
  await story.getByRole('button', { name: '5 dated events in this article' }).click();
  await expect(event(/^24 March 2025: .*quay wall/)).toContainText('From a highlight');
});
