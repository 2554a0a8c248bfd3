// Where the keyboard is after a view changes under it, in the real UI: a number key takes it to the new view's list
// or heading, a Retry that worked to the timeline's first event; and the Highlights view's Article filter is a field
// to type in, used with the keys alone. Pictures in test-results/screenshots/focus-*.png, light and dark, at 1280
// and 800 px.
import { expect, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { failTimeline } from './support/failing-api.ts';
import { shots, useSharedSession } from './support/session.ts';
import { callApi, setTheme } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

const looks = ['light', 'dark'] as const;
const widths = [1280, 800] as const;

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  {
    name: 'keyboard-focus',
    viewport: { width: 1280, height: 800 },
    prepare: async (appUrl) => {
      await callApi(appUrl, 'sample.install', {});
      const { articles } = (await callApi(appUrl, 'library.list', { view: 'all' })) as { articles: { id: string }[] };
      for (const article of articles) {
        await callApi(appUrl, 'annotations.create', {
          kind: 'highlight',
          articleId: article.id,
          range: { start: 0, end: 60 },
        });
      }
    },
  },
  async (session) => {
    ({ page, annals } = session);
  },
);

/** Each look at each width, the window resized first; `name` gets the look and the width. */
async function pictures(name: string, before?: () => Promise<void>): Promise<void> {
  for (const look of looks) {
    await setTheme(annals, look);
    for (const width of widths) {
      await resizeWindow(page, { width, height: 800 });
      await before?.();
      await page.screenshot({ path: shots(`focus-${name}-${look}-${width}.png`) });
    }
  }
  await setTheme(annals, 'light');
  await resizeWindow(page, { width: 1280, height: 800 });
}

test('the Article filter finds an article by the words typed, with the keys alone', async () => {
  await page.keyboard.press('5');
  const pane = page.getByRole('main', { name: 'Highlights and notes' });
  await expect(pane.getByRole('heading', { name: 'Highlights and notes', level: 2 })).toBeFocused();
  const field = pane.getByRole('combobox', { name: 'Article' });
  await field.focus();
  await page.keyboard.press('ArrowDown');
  const list = pane.getByRole('listbox', { name: 'Article' });
  await expect(list.getByRole('option').first()).toHaveText('Any article');
  const all = await list.getByRole('option').count();
  await field.pressSequentially('mill bridge');
  await expect.poll(() => list.getByRole('option').count()).toBeLessThan(all);
  const first = list.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const title = (await first.locator('span').first().textContent()) ?? '';
  await pictures('article-filter-typed', async () => {
    if (!(await list.isVisible())) {
      await field.focus();
      await page.keyboard.press('ArrowDown');
      await field.pressSequentially('mill bridge');
    }
  });
  await field.focus();
  await page.keyboard.press('ArrowDown');
  await field.pressSequentially('mill bridge');
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(field).toHaveValue(title);
  await expect(pane.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);
  await pictures('article-filter-chosen');
  await pane.getByRole('button', { name: 'Any article: clear the article filter' }).click();
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  // Esc with the list closed leaves the field, so the keys are the app's again.
  await page.keyboard.press('Escape');
  await expect(field).not.toBeFocused();
});

test('a number key takes the keyboard to the new view: its list, or its heading', async () => {
  await page.keyboard.press('1');
  await expect(annals.list).toBeFocused();
  await page.keyboard.press('6');
  const timeline = page
    .getByRole('main', { name: /./ })
    .filter({ has: page.getByRole('toolbar', { name: 'Timeline' }) });
  await expect(timeline.getByRole('heading', { level: 2 })).toBeFocused();
  await pictures('timeline-heading-focused');
  await page.keyboard.press('4');
  await expect(annals.list).toBeFocused();
});

test('the first Tab offers to skip the sidebar, straight to the view’s list, heading or article', async () => {
  const skip = page.getByRole('button', { name: 'Skip the sidebar' });
  // The window as it opens: the focus nowhere yet, the first Tab from the top of the page.
  await page.reload();
  await expect(annals.list.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  // Shown while it has the focus: a reader sees where the key went.
  expect((await skip.boundingBox())!.width).toBeGreaterThan(60);
  await page.screenshot({ path: shots('focus-skip-sidebar.png') });
  await page.keyboard.press('Enter');
  await expect(annals.list).toBeFocused();
  await expect(skip).not.toBeInViewport();

  // Reached again (Shift+Tab from the sidebar's first button), it takes the keys to whatever view is shown.
  const skipFromSidebar = async () => {
    await page.getByRole('button', { name: 'Hide the sidebar' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
  };
  await page.keyboard.press('5');
  const pane = page.getByRole('main', { name: 'Highlights and notes' });
  await expect(pane).toBeVisible();
  await skipFromSidebar();
  await expect(pane.getByRole('heading', { name: 'Highlights and notes', level: 2 })).toBeFocused();

  await page.keyboard.press('1');
  await annals.list.getByRole('option').first().click();
  await expect(annals.reader).toBeVisible();
  await skipFromSidebar();
  await expect(annals.reader.getByRole('region', { name: 'Article' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(annals.list).toBeVisible();
});

test('a Retry that works takes the keyboard to the timeline’s first event', async () => {
  const letThrough = await failTimeline(page);
  await annals.runCommand('Go to the timeline');
  const alert = page.getByRole('alert').filter({ hasText: 'The timeline could not be loaded.' });
  await expect(alert).toHaveText('The timeline could not be loaded. The stored events could not be read.');
  await pictures('timeline-failed');
  await letThrough();
  const retry = page.getByRole('button', { name: 'Retry' });
  await retry.focus();
  await page.keyboard.press('Enter');
  // The sample library's timeline takes a while to put together on a busy machine.
  await expect(alert).toHaveCount(0, { timeout: 60_000 });
  const events = page.getByRole('main', { name: /./ }).getByRole('article');
  await expect(events.first()).toBeFocused();
  await pictures('timeline-first-event-after-retry', () => events.first().focus());
});
