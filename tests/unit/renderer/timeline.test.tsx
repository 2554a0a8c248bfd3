// @vitest-environment jsdom

import { cp } from 'node:fs/promises';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../../electron/contract/timeline.ts';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { libraryWithPages, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
/** The app the test opened, closed after it. */
let openedApp: RenderedApp | undefined;
// A worker's first dated sentence compiles the tagger's lexicon and code, many seconds on a loaded machine: paid once
// here, under its own bound, so that each test's bound measures the view and not the worker's cold start.
beforeAll(() => {
  extractEvents('Port Wexley reopened its last berth on Monday, March 24, 2025, after a crane collapsed.', {
    publishedAt: '2025-03-25T10:00:00Z',
    savedAt: '2025-03-25T10:00:00Z',
  });
}, 120_000);
afterEach(async () => {
  await openedApp?.close();
  openedApp = undefined;
});

const press = (key: string) =>
  act(() => {
    fireEvent.keyDown(document.body, { key });
  });

const story = {
  collapse: 'crane-collapse.html',
  weld: 'crane-weld.html',
  reopens: 'crane-berth-reopens.html',
};

const cranePage = (file: string) => ({ file: `timeline-story/${file}`, url: `https://news.example/${file}` });

/** Saves pages of the crane story and waits for Annals to find their events and story. */
async function save(...files: string[]) {
  for (const page of files.map(cranePage)) await app.savePage(page.file, page.url);
  await app.core.timeline.idle();
}

/**
 * The three pages of the crane story, saved and their events found once for the file: most tests open the app on a
 * copy, as after a restart (the story found as pages are saved in the running app: 'marks the events found since…').
 */
let craneLibrary: Awaited<ReturnType<typeof libraryWithPages>>;
beforeAll(async () => {
  craneLibrary = await libraryWithPages([story.collapse, story.weld, story.reopens].map(cranePage));
}, 120_000);
afterAll(() => craneLibrary.cleanup());

async function openApp(withCraneStory = false): Promise<void> {
  app = await renderApp(withCraneStory ? { beforeOpen: (dir) => cp(craneLibrary.dir, dir, { recursive: true }) } : {});
  openedApp = app;
}

const timeline = () => screen.getByRole('main');
const days = () =>
  within(timeline())
    .getAllByRole('region')
    .map((region) => region.getAttribute('aria-label'));
const event = (text: RegExp) => within(timeline()).getByRole('article', { name: text });

async function openStory() {
  const stories = await screen.findByRole('navigation', { name: 'Stories' });
  const entry = await within(stories).findByRole('button', { name: / 3 articles$/ });
  fireEvent.click(entry);
  await within(timeline()).findAllByRole('article');
}

describe('the timeline view', () => {
  it('lists the story in the sidebar and shows its events by day, each merged event with all its sources', async () => {
    await openApp(true);
    await openStory();
    expect(days()).toEqual([
      '12 February 2025',
      '4 March 2025',
      '7 March 2025',
      '8 March 2025',
      '21 March 2025',
      '24 March 2025',
      'June 2025',
    ]);
    const collapse = event(/^4 March 2025: .*crane collapsed/);
    expect(collapse.textContent).toContain('Reported by 3 articles');
    // The words that gave the date are marked in the event's words.
    expect(collapse.querySelector('mark.event-date-words')?.textContent).toMatch(/March 4/);
    const listed = within(within(collapse).getByRole('list', { name: 'Reported by 3 articles' }));
    const sources = listed.getAllByRole('button').filter((button) => button.textContent);
    // Each source can be said to tell another happening (a wrong merge undone by hand).
    expect(listed.getAllByRole('button', { name: /^Not the same event: / })).toHaveLength(3);
    expect(sources.map((source) => source.textContent)).toEqual([
      'Crane collapses at Port Wexley container terminal, closing two berths',
      'Cracked weld brought down Port Wexley crane, inspectors say',
      'Port Wexley reopens last berth closed by crane collapse',
    ]);
    // The axis is real: the empty weeks are said, and drawn taller than the days between.
    expect(within(timeline()).getByText('3 weeks later')).toBeTruthy();
    expect(within(timeline()).getByText('2 months later')).toBeTruthy();
    // Names are ways to their own timelines.
    const chip = within(timeline()).getAllByRole('button', { name: /^Timeline of / })[0]!;
    const name = chip.textContent ?? '';
    fireEvent.click(chip);
    expect(await screen.findByRole('heading', { name, level: 2 })).toBeTruthy();
    for (const card of await within(timeline()).findAllByRole('article')) {
      expect(within(card).getByRole('button', { name: `Timeline of ${name}` })).toBeTruthy();
    }
  });

  it('zooms out to months and years and back in, with the keys and the buttons', async () => {
    await openApp(true);
    await openStory();
    press('-');
    await waitFor(() => expect(days()).toEqual(['February 2025', 'March 2025', 'June 2025']));
    expect(within(timeline()).getAllByRole('article')).toHaveLength(9);
    press('-');
    await waitFor(() => expect(days()).toEqual(['2025']));
    press('+');
    await waitFor(() => expect(days()).toEqual(['February 2025', 'March 2025', 'June 2025']));
    fireEvent.click(screen.getByRole('button', { name: 'Days' }));
    await waitFor(() => expect(days()).toHaveLength(7));
  });

  it('puts events in lanes by the names they mention, or by their story', async () => {
    await openApp(true);
    await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    await app.core.timeline.idle();
    await openStory();
    fireEvent.click(screen.getByRole('button', { name: 'By name' }));
    const lanes = within(await screen.findByRole('list', { name: 'Lanes' })).getAllByRole('listitem');
    expect(lanes.length).toBeGreaterThanOrEqual(2);
    for (const lane of lanes.map((item) => item.textContent ?? '').filter((name) => name !== 'Everything else')) {
      const cells = within(timeline()).getAllByRole('list', { name: lane });
      const inLane = cells.flatMap((cell) => within(cell).queryAllByRole('article'));
      expect(inLane.length).toBeGreaterThan(0);
      for (const card of inLane) expect(within(card).getByRole('button', { name: `Timeline of ${lane}` })).toBeTruthy();
    }

    // The whole library by story: the crane story and the seed article's own.
    press('6');
    await screen.findByRole('heading', { name: 'Everything in the library', level: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'By story' }));
    const stories = within(await screen.findByRole('list', { name: 'Lanes' })).getAllByRole('listitem');
    expect(stories).toHaveLength(2);
    // Each lane holds the events of one story: its sources are that story's articles.
    const sourcesIn = (lane: string) =>
      within(timeline())
        .getAllByRole('list', { name: lane })
        .flatMap((cell) => within(cell).queryAllByRole('article'))
        .flatMap((card) =>
          within(card).getAllByRole('button', { name: /^(?!Not the same event).*(Port Wexley|Kremlin)/ }),
        )
        .map((button) => (/Port Wexley/.test(button.textContent ?? '') ? 'crane' : 'talks'));
    const lanesSeen = stories.map((lane) => [...new Set(sourcesIn(lane.textContent ?? ''))]);
    expect(lanesSeen.map((seen) => seen.length)).toEqual([1, 1]);
    expect(lanesSeen.flat().sort()).toEqual(['crane', 'talks']);
    // Two stories side by side never share a colour, in any theme (the colour is the lane's, by its place).
    const colours = stories.map((lane) => lane.className.match(/lane-color-\d/)?.[0]);
    expect(new Set(colours).size).toBe(2);
  });

  it('marks the events found since the last visit as new, for this visit only', async () => {
    await openApp();
    await save(story.collapse, story.weld);
    await app.core.dispatch('timeline.markVisited', { scope: { kind: 'all' } });
    await save(story.reopens);
    press('6');
    await screen.findByRole('heading', { name: 'Everything in the library', level: 2 });
    await within(timeline()).findAllByRole('article');
    const isNew = (text: RegExp) => within(event(text)).queryByText('New') !== null;
    expect(isNew(/^24 March 2025/)).toBe(true);
    expect(isNew(/^June 2025/)).toBe(true);
    expect(isNew(/^4 March 2025: .*crane collapsed/)).toBe(true); // reported again, by the new article
    expect(isNew(/^12 February 2025/)).toBe(false);
    expect(isNew(/^8 March 2025/)).toBe(false);

    press('1');
    await screen.findByRole('listbox', { name: 'Articles' });
    press('6');
    await screen.findByRole('heading', { name: 'Everything in the library', level: 2 });
    await within(timeline()).findAllByRole('article');
    await waitFor(() => expect(within(timeline()).queryAllByText('New')).toHaveLength(0));
  });

  it('steps through events with j and k, hides one with h (undoably) and shows hidden events on request', async () => {
    await openApp(true);
    await openStory();
    const focused = () => document.activeElement?.getAttribute('aria-label') ?? '';
    press('j');
    await waitFor(() => expect(focused()).toMatch(/^12 February 2025/));
    press('j');
    await waitFor(() => expect(focused()).toMatch(/^4 March 2025/));
    press('k');
    await waitFor(() => expect(focused()).toMatch(/^12 February 2025/));

    press('h');
    await waitFor(() => expect(document.querySelector('.toasts')?.textContent).toContain('Hid the event'));
    await waitFor(() => expect(within(timeline()).queryByRole('article', { name: /^12 February 2025/ })).toBeNull());
    expect(focused()).toMatch(/^4 March 2025/); // the keys go on from the next event
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await within(timeline()).findByRole('article', { name: /^12 February 2025/ });

    press('Home');
    await waitFor(() => expect(focused()).toMatch(/^12 February 2025/));
    press('h');
    await waitFor(() => expect(within(timeline()).queryByRole('article', { name: /^12 February 2025/ })).toBeNull());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show hidden' }));
    const shown = await within(timeline()).findByRole('article', { name: /^12 February 2025/ });
    expect(within(shown).getByText('Hidden')).toBeTruthy();
    fireEvent.click(within(shown).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(within(timeline()).queryByText('Hidden')).toBeNull());
  });

  it('edits an event’s date with e, and Enter reads it in its article, Escape coming back to it', async () => {
    await openApp(true);
    await openStory();
    press('End');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^June 2025/));
    press('e');
    const dialog = await screen.findByRole('dialog', { name: 'Edit the event' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Date' }), { target: { value: '2025-06-30' } });
    expect(dialog.textContent).toContain('Shown as “30 June 2025”');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const edited = await within(timeline()).findByRole('article', { name: /^30 June 2025: .*final report/ });
    expect(within(edited).getByText('Edited')).toBeTruthy();

    press('End');
    press('Enter');
    const reader = await screen.findByRole('main', { name: 'Reader' });
    expect((await within(reader).findByRole('heading', { level: 1 })).textContent).toBe(
      'Port Wexley reopens last berth closed by crane collapse',
    );
    press('Escape');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^30 June 2025/));

    // Reset undoes the edit.
    fireEvent.click(within(event(/^30 June 2025/)).getByRole('button', { name: 'Reset' }));
    await within(timeline()).findByRole('article', { name: /^June 2025: .*final report/ });
  });

  it('shows the sample library’s story in the sidebar as soon as its events are found, without a reload', async () => {
    await openApp();
    await app.core.dispatch('sample.install', {});
    // No waiting on the core here: the sidebar follows the core's timelineChanged events.
    const stories = await screen.findByRole('navigation', { name: 'Stories' }, { timeout: 60_000 });
    const flood = await within(stories).findByRole('button', { name: / 5 articles$/ }, { timeout: 60_000 });
    fireEvent.click(flood);
    const cards = await within(timeline()).findAllByRole('article');
    expect(cards.length).toBeGreaterThan(20);
    expect(cards.some((card) => /Reported by \d articles/.test(card.textContent ?? ''))).toBe(true);
  }, 90_000);

  it('renames a story and takes an article out of it', async () => {
    await openApp(true);
    await openStory();
    fireEvent.click(screen.getByRole('button', { name: 'Rename…' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of the story' }), {
      target: { value: 'The Port Wexley crane' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'The Port Wexley crane', level: 2 })).toBeTruthy();
    const stories = screen.getByRole('navigation', { name: 'Stories' });
    expect(await within(stories).findByRole('button', { name: 'The Port Wexley crane 3 articles' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Split…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Split the story' });
    fireEvent.click(
      await within(dialog).findByRole('checkbox', { name: /Port Wexley reopens last berth closed by crane collapse/ }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take it out' }));
    expect(await within(stories).findByRole('button', { name: 'The Port Wexley crane 2 articles' })).toBeTruthy();
    await waitFor(() =>
      expect(within(timeline()).queryByRole('article', { name: /^24 March 2025: Berth 4/ })).toBeNull(),
    );
    // Undo puts it back.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(stories).findByRole('button', { name: 'The Port Wexley crane 3 articles' })).toBeTruthy();
  });

  it('keeps the story’s actions on an open story that joined an older one under the older one’s id', async () => {
    await openApp(true);
    await openStory();
    const listed = await app.core.dispatch('stories.list', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const [crane] = (listed.value as { stories: { id: string; articleIds: string[] }[] }).stories;
    // The two later articles go to a story of their own, which the reader opens.
    const split = await app.core.dispatch('stories.split', {
      storyId: crane!.id,
      articleIds: crane!.articleIds.slice(1),
    });
    if (!split.ok) throw new Error(split.error.message);
    const later = (split.value as { split: { id: string } }).split.id;
    const stories = screen.getByRole('navigation', { name: 'Stories' });
    fireEvent.click(await within(stories).findByRole('button', { name: / 2 articles$/ }));
    await waitFor(() => expect(within(timeline()).getByText(/ from 2 articles/)).toBeTruthy());
    // It joins the older story (a story's id names its earliest article): the id the view was opened with names no
    // story any more, and the core finds the story that article is in now.
    const merged = await app.core.dispatch('stories.merge', { storyIds: [crane!.id, later] });
    if (!merged.ok) throw new Error(merged.error.message);
    await waitFor(() => expect(within(timeline()).getByText(/ from 3 articles/)).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Rename…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Split…' })).toBeTruthy();
  });

  it('says what to do on a story with no event left to show, without counting nothing', async () => {
    await openApp(true);
    await openStory();
    const stories = await app.core.dispatch('stories.list', {});
    if (!stories.ok) throw new Error(stories.error.message);
    const [crane] = (stories.value as { stories: { id: string }[] }).stories;
    const scope = { kind: 'story', storyId: crane!.id };
    const shown = await app.core.dispatch('timeline.get', { scope });
    if (!shown.ok) throw new Error(shown.error.message);
    const refs = (shown.value as Timeline).events.flatMap((event) =>
      event.sources.flatMap(({ articleId, key, alsoKeys }) =>
        [key, ...(alsoKeys ?? [])].map((each) => ({ articleId, key: each })),
      ),
    );
    // The reader hid every event of the story.
    const hidden = await app.core.dispatch('timeline.editEvents', { refs, patch: { hidden: true } });
    if (!hidden.ok) throw new Error(hidden.error.message);

    const empty = await within(timeline()).findByRole('region', { name: 'Every event here is hidden' });
    expect(within(timeline()).queryByText(/\b0 events\b/)).toBeNull();
    expect(within(timeline()).queryByText(/from 0 articles/)).toBeNull();
    expect(empty.textContent).toContain('Show hidden events');
    fireEvent.click(within(empty).getByRole('button', { name: 'Show hidden events' }));
    expect(await within(timeline()).findByRole('article', { name: /^4 March 2025: .*crane collapsed/ })).toBeTruthy();
    expect(within(timeline()).getByText(/^\d+ events from 3 articles/)).toBeTruthy();
  });

  it('keeps past context in a collapsed band that neither opens nor scales the timeline', async () => {
    await openApp();
    await app.savePage('../timeline/articles/fenwick-corn-exchange-for-sale.html', 'https://gazette.example/corn');
    await app.core.timeline.idle();
    press('6');
    await screen.findByRole('heading', { name: 'Everything in the library', level: 2 });
    await within(timeline()).findAllByRole('article');
    // The axis is the story's own: from September 2025 on, no "166 years later" from the building's age.
    expect(days()[0]).toBe('September 2025');
    expect(within(timeline()).queryByText(/years later/)).toBeNull();
    const band = within(timeline()).getByText(/^Background: 3 events of the past, 1859 – 2022/);
    expect(within(timeline()).queryByRole('article', { name: /^1859/ })).toBeNull();
    // Tab and the keys start with the story's first event.
    press('j');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^September 2025/));

    fireEvent.click(band);
    const built = await within(timeline()).findByRole('article', { name: /^1859: It was built in 1859/ });
    expect(within(built).getByText('Background')).toBeTruthy();
    press('Home');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^1859/));
  });
});
