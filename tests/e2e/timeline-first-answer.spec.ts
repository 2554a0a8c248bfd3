// A library whose articles' events were found for half of them only (as after an import or a restore): the
// stories and a story's timeline show at once with what is there, say how far finding the rest has got, and
// fill in as the events are found.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateLibrary } from '../bench/generate-library.ts';
import { shots, withAnnals } from './support/session.ts';

/** Thirty stories of ten; enough articles without events that finding them takes the reader's notice. */
const COUNT = 300;
const MISSING = COUNT / 2;

async function halfTheEventsFound(libraryDir: string): Promise<void> {
  const ids = await generateLibrary(libraryDir, COUNT, 7, { events: true, eventsPerArticle: 2 });
  await Promise.all(ids.filter((_, i) => i % 2 === 1).map((id) => rm(join(libraryDir, 'articles', id, 'events.json'))));
}

test('shows stories and a story timeline at once while the missing events are found, then fills them in', async ({
  page,
}) => {
  test.setTimeout(400_000);
  await withAnnals(page, { name: 'timeline-first', beforeStart: halfTheEventsFound }, async () => {
    const stories = page.getByRole('navigation', { name: 'Stories' });
    const corner = page.getByRole('status', { name: 'Progress', includeHidden: true });
    const finding = new RegExp(`^Finding events: [\\d,]+ of ${MISSING} articles read…`);
    // How far it has got is said once: in the status area with the app's other work, not again in the sidebar.
    await expect(corner).toContainText(new RegExp(finding.source.slice(1)), { timeout: 60_000 });
    await expect(stories.getByText(/Finding events/)).toHaveCount(0);
    await page.screenshot({ path: shots('library-finding-events.png') });
    await stories
      .getByRole('button', { name: /10 articles$/ })
      .first()
      .click();
    const timeline = page.getByRole('main');
    // The first timeline loads its merging rules (a few seconds on a busy machine), not the missing events.
    await expect(timeline.getByRole('article').first()).toBeVisible({ timeout: 60_000 });
    // What was stored: five of the story's ten articles, while the others' events are being found. The timeline's
    // banner says why it is still filling in; the corner does not repeat it.
    await expect(timeline.getByRole('status')).toContainText(finding);
    await expect(corner).not.toContainText('Finding events');
    await expect(timeline.getByText(/ events? from \d+ articles?/)).toBeVisible();
    await page.screenshot({ path: shots('timeline-finding-events.png') });
    // Finding them ends; the story's timeline, read again, has every article's events.
    await expect(timeline.getByRole('status')).toHaveCount(0, { timeout: 360_000 });
    await expect(timeline.getByText(/ events from 10 articles/)).toBeVisible();
    await expect(corner).not.toContainText('Finding events');
  });
});
