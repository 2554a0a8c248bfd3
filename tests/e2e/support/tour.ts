// Every view and dialog of Annals, reached as a reader reaches them, on one realistic library: the
// sample story, a feed from the fixture web, a highlight with a note. The screenshot and accessibility
// specs walk the same tour, so neither misses a view the other sees.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AnnalsPage } from './annals-page.ts';
import type { FixtureServer } from './fixture-server.ts';

export const themes = ['light', 'dark', 'sepia'] as const;
export type Theme = (typeof themes)[number];

/** One place in the app: how to get there from the library, and how to leave it for the next one. */
export interface Stop {
  name: string;
  open(annals: AnnalsPage): Promise<void>;
  /** Back to the library (Escape by default). */
  close?(annals: AnnalsPage): Promise<void>;
  /** The article frame is on screen (the accessibility spec checks it too). */
  hasArticle?: boolean;
  /** Dialogs are checked once per theme at one width; views at every width. */
  dialog?: boolean;
}

/** Calls the app's API as the page does, with the key from its address. */
export async function callApi(appUrl: string, method: string, input: unknown): Promise<unknown> {
  const url = new URL(appUrl);
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Annals-Token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.value;
}

export const READ_TITLE = /Jammed dam gate/;
/** The feed's article, which its publisher edited after it arrived: it has two versions. */
export const EDITED_TITLE = /Kremlin Confirms/;

/** The sample library, one followed feed, and a noted highlight in the article the tour reads. */
export async function prepareLibrary(appUrl: string, web: FixtureServer): Promise<void> {
  await callApi(appUrl, 'sample.install', {});
  await callApi(appUrl, 'feeds.add', { url: web.url('news-site.html') });
  // The publisher edits the feed's article after it arrived; saved again, it keeps the first text as a version.
  web.serveAs('seed-article.html', 'seed-article-edited.html');
  await callApi(appUrl, 'article.saveUrl', { url: web.url('seed-article.html') });
  const { articles } = (await callApi(appUrl, 'library.list', { view: 'all' })) as {
    articles: { id: string; title: string }[];
  };
  const article = articles.find((candidate) => READ_TITLE.test(candidate.title));
  if (!article) throw new Error('the sample has no article to read');
  const { text } = (await callApi(appUrl, 'article.content', { id: article.id })) as { text: string };
  const start = text.indexOf(' ', 400) + 1;
  const end = text.indexOf('.', start + 80) + 1;
  await callApi(appUrl, 'annotations.create', {
    kind: 'highlight',
    articleId: article.id,
    range: { start, end },
    color: 'yellow',
    note: 'The **gate** everyone talks about.',
  });
}

export async function setTheme(annals: AnnalsPage, theme: Theme): Promise<void> {
  await annals.runCommand(`Theme: ${theme[0]?.toUpperCase()}${theme.slice(1)}`);
  await expect(annals.page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Clicks something in the sidebar as a reader would: in a narrow window it waits behind a toggle, so
 * the toggle shows it first and hides it again after, leaving the window as it was.
 */
async function inSidebar(page: Page, target: (page: Page) => Locator, { hideAfter = true } = {}): Promise<void> {
  const show = page.getByRole('button', { name: 'Show the sidebar' });
  const narrow = (await show.count()) > 0;
  if (narrow) await show.click();
  await target(page).click();
  if (narrow && hideAfter) await page.getByRole('button', { name: 'Hide the sidebar' }).click();
}

/** In a narrow window, puts the sidebar back behind its toggle. */
async function hideNarrowSidebar(page: Page): Promise<void> {
  if ((page.viewportSize()?.width ?? 0) >= 1100) return;
  const hide = page.getByRole('button', { name: 'Hide the sidebar' });
  if ((await hide.count()) > 0) await hide.click();
}

/** Goes to one of the library's views from the sidebar. */
const nav = (page: Page, name: RegExp | string) => ({
  click: () =>
    inSidebar(page, () => page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name })),
});

const openReader = async (annals: AnnalsPage) => {
  await nav(annals.page, 'All articles').click();
  await annals.open(READ_TITLE);
  await expect(annals.articleText.locator('mark.annals-hl').first()).toBeVisible();
  // The article opens where it was left; the pictures show its head.
  await annals.reader.getByRole('region', { name: 'Article' }).evaluate((scroller) => {
    scroller.scrollTop = 0;
  });
};

const viaPalette = (command: string, dialog: string | RegExp) => async (annals: AnnalsPage) => {
  await annals.runCommand(command);
  await expect(annals.page.getByRole('dialog', { name: dialog })).toBeVisible();
};

/** Whether the story picker's stop opened the notes panel (and so closes it again). */
let openedNotes = false;

export const stops: Stop[] = [
  {
    name: 'library',
    open: async (annals) => {
      await nav(annals.page, 'All articles').click();
      await annals.list.focus();
      await expect(annals.list.getByRole('option').first()).toBeVisible();
    },
    close: async () => {},
  },
  {
    name: 'reader',
    hasArticle: true,
    open: async (annals) => {
      await openReader(annals);
      if ((await annals.page.getByRole('complementary', { name: 'Highlights and notes' }).count()) > 0) {
        await annals.page.keyboard.press('i');
      }
    },
    close: (annals) => annals.backToList(),
  },
  {
    name: 'reader-notes',
    hasArticle: true,
    open: async (annals) => {
      await openReader(annals);
      await annals.reader.getByRole('button', { name: /Notes/ }).click();
      await expect(annals.page.getByRole('complementary', { name: 'Highlights and notes' })).toBeVisible();
    },
    close: async (annals) => {
      await annals.reader.getByRole('button', { name: /Notes/ }).click();
      await annals.backToList();
    },
  },
  {
    name: 'reader-highlight',
    hasArticle: true,
    open: async (annals) => {
      await openReader(annals);
      await annals.articleText.locator('mark.annals-hl').first().click();
      await expect(annals.page.getByRole('dialog', { name: 'Highlight' })).toBeVisible();
    },
    close: async (annals) => {
      await annals.page.keyboard.press('Escape');
      await annals.backToList();
    },
  },
  {
    name: 'reader-appearance',
    hasArticle: true,
    open: async (annals) => {
      await openReader(annals);
      await annals.reader.getByRole('button', { name: 'Appearance' }).click();
      await expect(annals.page.getByRole('radio', { name: 'Sepia' })).toBeVisible();
    },
    close: async (annals) => {
      await annals.reader.getByRole('button', { name: 'Appearance' }).click();
      await annals.backToList();
    },
  },
  {
    name: 'reader-versions',
    hasArticle: true,
    open: async (annals) => {
      await nav(annals.page, 'All articles').click();
      await annals.open(EDITED_TITLE);
      await annals.reader.getByRole('button', { name: /^Versions/ }).click();
      await expect(annals.reader.getByRole('region', { name: 'Versions of this article' })).toBeVisible();
    },
    close: async (annals) => {
      await annals.reader.getByRole('button', { name: /^Versions/ }).click();
      await annals.backToList();
    },
  },
  {
    name: 'reader-version-diff',
    open: async (annals) => {
      await nav(annals.page, 'All articles').click();
      await annals.open(EDITED_TITLE);
      await annals.reader.getByRole('button', { name: /^Versions/ }).click();
      await annals.reader.getByRole('button', { name: /^Open the version saved / }).click();
      await expect(annals.reader.getByRole('region', { name: 'Earlier version' })).toBeVisible();
    },
    close: async (annals) => {
      await annals.reader.getByRole('button', { name: 'Back to the current text' }).click();
      await annals.backToList();
    },
  },
  {
    name: 'highlights',
    open: async (annals) => {
      await nav(annals.page, /Highlights/).click();
      await expect(annals.page.getByRole('main', { name: 'Highlights and notes' })).toBeVisible();
    },
    close: async (annals) => nav(annals.page, 'Inbox').click(),
  },
  {
    name: 'timeline',
    open: async (annals) => {
      await nav(annals.page, /Timeline/).click();
      await expect(annals.page.getByRole('main').getByRole('article').first()).toBeVisible();
    },
    close: async (annals) => nav(annals.page, 'Inbox').click(),
  },
  {
    name: 'story',
    open: async (annals) => {
      await inSidebar(annals.page, () =>
        annals.page.getByRole('navigation', { name: 'Stories' }).getByRole('button', { name: /Old Mill Bridge/ }),
      );
      await expect(annals.page.getByRole('main').getByRole('article').first()).toBeVisible();
    },
    close: async (annals) => nav(annals.page, 'Inbox').click(),
  },
  {
    name: 'search',
    open: async (annals) => {
      await annals.page.keyboard.press('/');
      await annals.page.getByRole('searchbox', { name: 'Search the library' }).fill('bridge flood');
      await expect(annals.page.getByRole('region', { name: 'Search results' }).locator('mark').first()).toBeVisible();
    },
    close: async (annals) => {
      await annals.page.getByRole('searchbox', { name: 'Search the library' }).fill('');
      await annals.list.focus();
    },
  },
  {
    name: 'feeds',
    open: async (annals) => {
      await inSidebar(annals.page, () => annals.feeds.getByRole('button', { name: /^World Desk Daily/ }));
      await expect(annals.list.getByRole('option').first()).toBeVisible();
    },
    close: async (annals) => nav(annals.page, 'Inbox').click(),
  },
  { name: 'settings', dialog: true, open: viaPalette('Settings', 'Settings') },
  {
    name: 'settings-sync',
    dialog: true,
    open: async (annals) => {
      await viaPalette('Settings', 'Settings')(annals);
      const sync = annals.page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Sync' });
      await expect(sync.getByRole('button', { name: 'Rename this computer' })).toBeVisible();
      await sync
        .getByRole('heading', { name: 'Sync' })
        .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'story-picker',
    dialog: true,
    open: async (annals) => {
      await nav(annals.page, 'All articles').click();
      await annals.open(READ_TITLE);
      // The story's buttons are in the notes panel, which a narrow window keeps closed.
      const notes = annals.page.getByRole('complementary', { name: 'Highlights and notes' });
      openedNotes = (await notes.count()) === 0;
      if (openedNotes) await annals.reader.getByRole('button', { name: /Notes/ }).click();
      await notes.getByRole('button', { name: 'Move to story…' }).click();
      await expect(annals.page.getByRole('dialog', { name: 'Move the article to a story' })).toBeVisible();
    },
    close: async (annals) => {
      await annals.page.keyboard.press('Escape');
      await expect(annals.page.getByRole('dialog')).toHaveCount(0);
      if (openedNotes) await annals.reader.getByRole('button', { name: /Notes/ }).click();
      await annals.backToList();
    },
  },
  {
    name: 'palette',
    dialog: true,
    open: async (annals) => {
      await annals.page.keyboard.press('ControlOrMeta+k');
      await annals.page.getByRole('combobox', { name: 'Type a command' }).fill('theme');
    },
  },
  { name: 'shortcuts', dialog: true, open: viaPalette('Keyboard shortcuts', 'Keyboard shortcuts') },
  { name: 'manage-tags', dialog: true, open: viaPalette('Manage tags', 'Manage tags') },
  { name: 'export', dialog: true, open: viaPalette('Export highlights', 'Export highlights and notes') },
  { name: 'follow', dialog: true, open: viaPalette('Follow a feed', 'Follow a feed') },
  { name: 'import', dialog: true, open: viaPalette('Import from Pocket', 'Import') },
  { name: 'about', dialog: true, open: viaPalette('About Annals', 'About Annals') },
  {
    name: 'tags',
    dialog: true,
    open: async (annals) => {
      await nav(annals.page, 'All articles').click();
      await annals.list.focus();
      // Focus alone chooses nothing: j chooses the first article, t tags it.
      await annals.page.keyboard.press('j');
      await expect(annals.list.getByRole('option', { selected: true })).toHaveCount(1);
      await annals.page.keyboard.press('t');
      await expect(annals.page.getByRole('dialog', { name: 'Tags' })).toBeVisible();
    },
  },
  {
    name: 'feed-settings',
    dialog: true,
    open: async (annals) => {
      await inSidebar(annals.page, () => annals.feeds.getByRole('button', { name: 'Settings of World Desk Daily' }), {
        hideAfter: false,
      });
      await expect(annals.page.getByRole('dialog', { name: 'Feed settings' })).toBeVisible();
    },
    close: async (annals) => {
      await annals.page.keyboard.press('Escape');
      await expect(annals.page.getByRole('dialog')).toHaveCount(0);
      await hideNarrowSidebar(annals.page);
    },
  },
];

/** Leaves a stop the way a reader would. */
export async function leave(annals: AnnalsPage, stop: Stop): Promise<void> {
  if (stop.close) await stop.close(annals);
  else {
    await annals.page.keyboard.press('Escape');
    await expect(annals.page.getByRole('dialog')).toHaveCount(0);
  }
}
