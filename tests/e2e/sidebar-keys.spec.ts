// The sidebar with the keyboard: every story and every feed was a Tab stop of its own (two for a feed, with its "…"),
// so a lived-in library took a hundred Tabs to reach the list. Each group of the sidebar (the views, the stories, the
// feeds…) is one Tab stop now, the WAI-ARIA roving tabindex: the arrows move within it, and Tab comes back to the
// button last used. Pictures in test-results/screenshots/sidebar-keys-*.png, three themes at 1280 and 720 px.
import { expect, type Locator, type Page, test } from '@playwright/test';
import type { AnnalsPage } from './support/annals-page.ts';
import { shots, useSharedSession } from './support/session.ts';
import { prepareLibrary, setTheme, themes } from './support/tour.ts';
import { resizeWindow } from './support/window.ts';

let page: Page;
let annals: AnnalsPage;

useSharedSession(
  { name: 'sidebar-keys', web: true, viewport: { width: 1280, height: 800 }, prepare: prepareLibrary },
  async (session) => {
    ({ page, annals } = session);
    await annals.dismissToasts();
  },
);

const section = (name: string) => page.getByRole('navigation', { name, exact: true });

test('crosses each sidebar section with one Tab and moves within it with the arrow keys', async () => {
  const views = section('Library views');
  const stories = section('Stories');
  const feeds = section('Feeds');
  await expect(stories.getByRole('button', { name: /Old Mill Bridge/ })).toBeVisible();
  await expect(feeds.getByRole('button', { name: /^World Desk Daily/ })).toBeVisible();

  // From the sidebar's toggle, one Tab into the views: onto the one the window shows.
  await page.getByRole('button', { name: 'Hide the sidebar' }).focus();
  await page.keyboard.press('Tab');
  await expect(views.getByRole('button', { name: /^Inbox/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(views.getByRole('button', { name: /^Favorites/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(views.getByRole('button', { name: 'Timeline' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(views.getByRole('button', { name: /^Inbox/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(views.getByRole('button', { name: /^Inbox/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');

  // The next Tab leaves the views for the stories' section, the one after for the feeds'.
  await page.keyboard.press('Tab');
  await expect(stories.getByRole('button', { name: 'Stories', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(stories.getByRole('button', { name: /Old Mill Bridge/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(feeds.getByRole('button', { name: 'Feeds', exact: true })).toBeFocused();
  // Along the heading's line: its actions; down: the feed, then along its line, the feed's "…".
  await page.keyboard.press('ArrowRight');
  await expect(feeds.getByRole('button', { name: 'Refresh all feeds' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(feeds.getByRole('button', { name: /^World Desk Daily/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(feeds.getByRole('button', { name: 'Settings of World Desk Daily' })).toBeFocused();

  // Back with Shift+Tab: each section gives the focus to the button last used in it.
  await page.keyboard.press('Shift+Tab');
  await expect(stories.getByRole('button', { name: /Old Mill Bridge/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(views.getByRole('button', { name: /^Favorites/ })).toBeFocused();
  // Enter opens what the arrows reached.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Story' })).toBeVisible();
  await pictures();
});

/** The focus on the feed's "…", in each theme at 1280 and 720 px (the sidebar shown over a narrow window). */
async function pictures(): Promise<void> {
  const settings = section('Feeds').getByRole('button', { name: 'Settings of World Desk Daily' });
  for (const theme of themes) {
    await setTheme(annals, theme);
    for (const width of [1280, 720]) {
      await resizeWindow(page, { width, height: 800 });
      const show = page.getByRole('button', { name: 'Show the sidebar' });
      if ((await show.count()) > 0) await show.click();
      // Reached with the keys, as a reader would (focused by script after a click, it showed no ring: not a bug).
      await section('Feeds').getByRole('button', { name: 'Feeds', exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await expect(settings).toBeFocused();
      await expectRing(settings);
      await page.screenshot({ path: shots(`sidebar-keys-${theme}-${width}.png`) });
    }
  }
  await setTheme(annals, 'light');
  await resizeWindow(page, { width: 1280, height: 800 });
  await settings.focus();
}

/** The focus ring a reader sees: drawn around the button, in the focus colour, and not under anything. */
async function expectRing(button: Locator): Promise<void> {
  const ring = await button.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // Just outside the button's left edge, at mid-height: the ring's place, 2 px off it.
    const onRing = document.elementFromPoint(box.left - 3, box.top + box.height / 2);
    return {
      visible:
        element.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        Number.parseFloat(style.outlineWidth) >= 2,
      covered: onRing !== null && !onRing.contains(element) && onRing.closest('aside') === null,
    };
  });
  expect(ring).toEqual({ visible: true, covered: false });
}

test('shows the focus ring on each sidebar button the keys reach, in every theme at 720 and 1280 px', async () => {
  const views = section('Library views');
  const stories = section('Stories');
  for (const theme of themes) {
    await setTheme(annals, theme);
    for (const width of [720, 1280]) {
      await resizeWindow(page, { width, height: 800 });
      // In a narrow window the sidebar waits behind its toggle: shown with the keys too.
      const show = page.getByRole('button', { name: 'Show the sidebar' });
      if ((await show.count()) > 0) {
        await show.focus();
        await page.keyboard.press('Enter');
      }
      await page.getByRole('button', { name: 'Hide the sidebar' }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Home');
      const inbox = views.getByRole('button', { name: /^Inbox/ });
      await expect(inbox).toBeFocused();
      await expectRing(inbox);
      await page.keyboard.press('ArrowDown');
      await expectRing(views.getByRole('button', { name: /^Favorites/ }));
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      const story = stories.getByRole('button', { name: /Old Mill Bridge/ });
      await expect(story).toBeFocused();
      await expectRing(story);
      await page.screenshot({ path: shots(`sidebar-ring-${theme}-${width}.png`) });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Home');
    }
  }
  await setTheme(annals, 'light');
  await resizeWindow(page, { width: 1280, height: 800 });
});

test('comes back to the button last used when a narrow window hides the sidebar and shows it again', async () => {
  await resizeWindow(page, { width: 720, height: 800 });
  const show = page.getByRole('button', { name: 'Show the sidebar' });
  if ((await show.count()) > 0) await show.click();
  const feeds = section('Feeds');
  // A feed's "…": neither the section's first button nor a place the window can show.
  await feeds.getByRole('button', { name: 'Feeds', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const used = feeds.getByRole('button', { name: 'Settings of World Desk Daily' });
  await expect(used).toBeFocused();

  await page.getByRole('button', { name: 'Hide the sidebar' }).click();
  await expect(feeds).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await expect(feeds.getByRole('button', { name: /^World Desk Daily/ })).toBeVisible();
  // From the stories' section, one Tab: onto that "…" again, not back at the section's heading.
  await section('Stories').getByRole('button', { name: 'Stories', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(used).toBeFocused();
  await page.screenshot({ path: shots('sidebar-keys-remembered-720.png') });
  await resizeWindow(page, { width: 1280, height: 800 });
});

test('leaves Home and End to the article list after a view is clicked open with the mouse', async () => {
  const views = section('Library views');
  await views.getByRole('button', { name: /^All articles/ }).click();
  const options = page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  // The clicked button keeps the focus, as in any browser; End and Home still choose among the articles, as j and k
  // do, instead of moving the focus along the views.
  await page.keyboard.press('End');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('listbox', { name: 'Articles' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(views.getByRole('button', { name: /^Inbox/ })).not.toBeFocused();
});

test('keeps the name and the Hide the sidebar button in reach while the sections scroll under them', async () => {
  await resizeWindow(page, { width: 1280, height: 420 });
  const hide = page.getByRole('button', { name: 'Hide the sidebar' });
  // The header's bottom edge: a rule in the sidebar's own rule colour once rows scroll under it (a row passing beneath
  // was cut in half with nothing to say where), none while nothing is under it.
  const edge = () =>
    page.getByRole('heading', { name: 'Annals' }).evaluate((heading) => {
      const header = heading.parentElement!;
      const rule = getComputedStyle(header.closest('aside')!).borderRightColor;
      return getComputedStyle(header).boxShadow.includes(rule) ? 'rule' : 'none';
    });
  await expect.poll(edge).toBe('none');
  const lastFeed = section('Feeds').getByRole('button', { name: 'Settings of World Desk Daily' });
  // The wheel over the sidebar, down to its last feed.
  await section('Stories').hover();
  for (let turn = 0; turn < 10; turn++) await page.mouse.wheel(0, 120);
  await expect(lastFeed).toBeInViewport();
  await expect(section('Library views').getByRole('button', { name: /^Inbox/ })).not.toBeInViewport({ ratio: 1 });
  await expect(hide).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('heading', { name: 'Annals' })).toBeInViewport({ ratio: 1 });
  // Drawn over what scrolled under it, and the one thing under the pointer there.
  const box = (await hide.boundingBox())!;
  const under = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('aria-label'),
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(under).toBe('Hide the sidebar');
  for (const theme of themes) {
    await setTheme(annals, theme);
    await expect.poll(edge).toBe('rule');
    await page.screenshot({ path: shots(`sidebar-scrolled-${theme}-420.png`) });
  }
  await setTheme(annals, 'light');
  await hide.click();
  await expect(page.getByRole('button', { name: 'Show the sidebar' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await resizeWindow(page, { width: 1280, height: 800 });
});
