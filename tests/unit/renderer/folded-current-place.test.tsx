// @vitest-environment jsdom
// A reader who folded Tags or Feeds away, then went to a tag or a feed ("Go to tag…", a link, the palette), saw
// the list change but no mark of where they were: the current place sat inside the folded section.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp, runFromPalette } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  window.localStorage.clear();
});

/** Six articles, one tagged "harbour works", and two followed feeds (at an address nothing answers on). */
async function tagAndFeeds(core: RenderedApp['core']) {
  const listed = await core.dispatch('library.list', { view: 'all' });
  if (!listed.ok) throw new Error(listed.error.message);
  const [first] = (listed.value as { articles: { id: string }[] }).articles;
  await core.dispatch('article.tag', { ids: [first!.id], add: ['harbour works'] });
  const outlines = ['Harbour Courier', 'Metro Wire']
    .map((title, n) => `<outline text="${title}" type="rss" xmlUrl="http://127.0.0.1:9/feed-${n}.xml"/>`)
    .join('');
  await core.dispatch('feeds.importOpml', {
    xml: `<?xml version="1.0"?><opml version="2.0"><body>${outlines}</body></opml>`,
  });
}

const section = (name: string) => screen.getByRole('navigation', { name });
const toggleOf = (name: string) => within(section(name)).getByRole('button', { name: new RegExp(`^${name}$`) });

async function foldSection(name: string) {
  await waitFor(() => expect(toggleOf(name).getAttribute('aria-expanded')).toBe('true'));
  fireEvent.click(toggleOf(name));
  expect(toggleOf(name).getAttribute('aria-expanded')).toBe('false');
}

async function pick(what: 'tag' | 'feed', name: string) {
  await runFromPalette(`Go to ${what}`);
  const picker = await screen.findByRole('dialog', { name: `Go to ${what}` });
  await within(picker).findByRole('option', { name: new RegExp(`^${name}`) });
  fireEvent.change(within(picker).getByRole('combobox'), { target: { value: name } });
  fireEvent.keyDown(within(picker).getByRole('combobox'), { key: 'Enter' });
}

it('unfolds the Tags section when Go to tag makes one of its tags the current place', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 6), beforeRender: tagAndFeeds });
  await screen.findByRole('listbox', { name: 'Articles' });
  await foldSection('Tags');
  await pick('tag', 'harbour works');
  await waitFor(() => expect(toggleOf('Tags').getAttribute('aria-expanded')).toBe('true'));
  const tag = within(section('Tags')).getByRole('button', { name: /^harbour works/ });
  expect(tag.getAttribute('aria-pressed')).toBe('true');
}, 60_000);

it('unfolds the Feeds section for a feed gone to, and leaves it folded when the reader folds it there', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 6), beforeRender: tagAndFeeds });
  await screen.findByRole('listbox', { name: 'Articles' });
  await foldSection('Feeds');
  await pick('feed', 'Metro Wire');
  await screen.findByRole('heading', { level: 2, name: 'Metro Wire' });
  await waitFor(() => expect(toggleOf('Feeds').getAttribute('aria-expanded')).toBe('true'));
  const feed = within(section('Feeds')).getAllByRole('button', { name: /^Metro Wire/ })[0]!;
  expect(feed.getAttribute('aria-pressed')).toBe('true');
  // Folded by hand while the feed is current, it stays folded: the reader asked for it.
  fireEvent.click(toggleOf('Feeds'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(toggleOf('Feeds').getAttribute('aria-expanded')).toBe('false');
}, 60_000);

it('unfolds the Feeds section again when the reader, having folded it at one feed, goes to another', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 6), beforeRender: tagAndFeeds });
  await screen.findByRole('listbox', { name: 'Articles' });
  await pick('feed', 'Metro Wire');
  await screen.findByRole('heading', { level: 2, name: 'Metro Wire' });
  await foldSection('Feeds');
  await pick('feed', 'Harbour Courier');
  await screen.findByRole('heading', { level: 2, name: 'Harbour Courier' });
  await waitFor(() => expect(toggleOf('Feeds').getAttribute('aria-expanded')).toBe('true'));
}, 60_000);
