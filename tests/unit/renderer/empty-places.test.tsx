// @vitest-environment jsdom
// What a new reader saw on a library of the sample alone: a FEEDS heading over nothing but a small +, and
// "Highlights and notes 0 of 0" above "No highlights yet".
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { failAnswers, holdAnswers, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

it('offers to follow a site where a library with no feed lists its feeds', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 3) });
  const feeds = await screen.findByRole('navigation', { name: 'Feeds' });
  const follow = await within(feeds).findByRole('button', { name: 'Follow a site' });
  expect(follow.parentElement?.textContent).toBe('Follow a site to get its new articles here.');
  fireEvent.click(follow);
  await screen.findByRole('dialog', { name: 'Follow a feed' });
}, 60_000);

it('counts no highlights over the words that say there is none yet', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 3) });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Highlights' }));
  await screen.findByRole('heading', { name: 'No highlights yet' });
  expect(screen.queryByText(/0 of 0/)).toBeNull();
}, 60_000);

it('offers no search, filters or export above the words that say there is no highlight yet', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 3) });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Highlights' }));
  await screen.findByRole('heading', { name: 'No highlights yet' });
  const pane = screen.getByRole('main', { name: 'Highlights and notes' });
  await waitFor(() =>
    expect(within(pane).queryByRole('searchbox', { name: 'Search highlights and notes' })).toBeNull(),
  );
  expect(within(pane).queryByRole('button', { name: 'Export…' })).toBeNull();
  expect(within(pane).queryByText('Color')).toBeNull();
}, 60_000);

it('tells an empty library’s Favorites how to save a first article, not to press F on one', async () => {
  app = await renderApp();
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Favorites' }));
  const empty = await screen.findByRole('region', { name: 'No favorites yet' });
  expect(empty.textContent).not.toMatch(/Press F/);
  expect(empty.textContent).toMatch(/Paste a link in the field above to save your first one/);
  fireEvent.click(within(empty).getByRole('button', { name: 'Import from another app…' }));
  await screen.findByRole('dialog', { name: /^Import/ });
}, 60_000);

it('keeps the F hint in Favorites once the library has articles', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 3) });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Favorites' }));
  const empty = await screen.findByRole('region', { name: 'No favorites yet' });
  await waitFor(() => expect(empty.textContent).toMatch(/Press F on an article/));
  expect(within(empty).queryByRole('button', { name: 'Import from another app…' })).toBeNull();
}, 60_000);

it('says the highlights are loading until the first answer, never "No highlights yet" before it', async () => {
  let release = () => {};
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 3),
    beforeRender: (core) => {
      release = holdAnswers(core, 'annotations.list');
    },
  });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Highlights' }));
  const pane = await screen.findByRole('main', { name: 'Highlights and notes' });
  expect(within(pane).getByRole('status').textContent).toBe('Loading the highlights…');
  expect(within(pane).queryByText('No highlights yet')).toBeNull();
  release();
  await within(pane).findByRole('heading', { name: 'No highlights yet' });
  expect(within(pane).queryByText('Loading the highlights…')).toBeNull();
}, 60_000);

it('says why the highlights could not be loaded, and lists them after Retry', async () => {
  let mend = () => {};
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 3),
    beforeRender: (core) => {
      mend = failAnswers(core, 'annotations.list', 'the library index could not be read');
    },
  });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Highlights' }));
  const pane = await screen.findByRole('main', { name: 'Highlights and notes' });
  const alert = await within(pane).findByRole('alert');
  expect(alert.textContent).toBe('The highlights could not be loaded. The library index could not be read.');
  expect(within(pane).queryByText('No highlights yet')).toBeNull();
  mend();
  fireEvent.click(within(pane).getByRole('button', { name: 'Retry' }));
  await within(pane).findByRole('heading', { name: 'No highlights yet' });
}, 60_000);
