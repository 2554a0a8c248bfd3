// @vitest-environment jsdom
// A view a tag filter leaves empty says which filter, and how to see everything again, instead of the empty
// library's words ("No favorites yet", "Your Inbox is clear" and how to save a first link) in a library of
// thousands (seen with 45 tags and 36 feeds).
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { filteredEmptyTitle } from '../../../renderer/src/components/FilteredEmptyState.tsx';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function call(method: string, input: unknown) {
  const envelope = await app!.core.dispatch(method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
}

it('says no favorite is tagged so, and shows the favorites again when asked', async () => {
  let ids: string[] = [];
  app = await renderApp({
    beforeOpen: async (dir) => {
      ids = await generateLibrary(dir, 12);
    },
    beforeRender: async (core) => {
      const run = async (method: string, input: unknown) => {
        const envelope = await core.dispatch(method, input);
        if (!envelope.ok) throw new Error(envelope.error.message);
      };
      await run('article.update', { ids, patch: { favorite: false } });
      await run('article.update', { ids: [ids[0]], patch: { favorite: true } });
      await run('article.tag', { ids: [ids[1]], add: ['needs fact check'] });
    },
  });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^Favorites/ }));
  const articles = async () => within(await screen.findByRole('listbox', { name: 'Articles' })).findAllByRole('option');
  expect(await articles()).toHaveLength(1);
  const tags = await screen.findByRole('navigation', { name: 'Tags' });
  fireEvent.click(within(tags).getByRole('button', { name: /needs fact check/ }));

  const empty = await screen.findByRole('region', { name: 'No favorite is tagged “needs fact check”' });
  expect(screen.queryByText('No favorites yet')).toBeNull();
  fireEvent.click(within(empty).getByRole('button', { name: 'Show everything' }));
  expect(await articles()).toHaveLength(1);
  await call('article.update', { ids: [ids[0]], patch: { favorite: false } });
  await screen.findByRole('region', { name: 'No favorites yet' });
}, 60_000);

it('names the feed and every tag of the filter, joined as the filter matches them', () => {
  expect(filteredEmptyTitle('inbox', { tags: ['courts'], tagMode: 'all', feedTitle: 'Metro Wire' })).toBe(
    'No article in the Inbox of “Metro Wire” is tagged “courts”',
  );
  expect(filteredEmptyTitle('archive', { tags: ['courts', 'housing'], tagMode: 'any' })).toBe(
    'No archived article is tagged “courts” or “housing”',
  );
  expect(filteredEmptyTitle('all', { tags: ['a', 'b'], tagMode: 'all' })).toBe('No article is tagged “a” and “b”');
  expect(filteredEmptyTitle('inbox', { tags: [], tagMode: 'all', feedTitle: 'Metro Wire' })).toBe(
    'No article in the Inbox of “Metro Wire”',
  );
});

it('leaves the tag filter out of search results, which come from the whole library, and shows it again after', async () => {
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 12),
    beforeRender: async (core) => {
      const listed = await core.dispatch('library.list', { view: 'all' });
      if (!listed.ok) throw new Error(listed.error.message);
      const [first] = (listed.value as { articles: { id: string }[] }).articles;
      await core.dispatch('article.tag', { ids: [first!.id], add: ['needs fact check'] });
    },
  });
  const tags = await screen.findByRole('navigation', { name: 'Tags' });
  fireEvent.click(within(tags).getByRole('button', { name: /needs fact check/ }));
  await screen.findByRole('group', { name: 'Tagged' });

  fireEvent.change(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'harbour' } });
  await screen.findByRole('heading', { name: 'Search results' });
  expect(screen.queryByRole('group', { name: 'Tagged' })).toBeNull();

  fireEvent.change(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: '' } });
  await screen.findByRole('group', { name: 'Tagged' });
}, 60_000);
