// @vitest-environment jsdom
// Choosing a tag in a library of 3,000 showed the chip "Tagged politics" over the unfiltered rows and their count
// ("1,524 unread of 3,384 articles") until the tagged list arrived, seconds later on a busy computer: the list and
// its count seemed to disagree with the filter. While the new list loads, the old rows say they are stale.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

it('marks the rows of the previous list as loading, and counts nothing, until the tagged list arrives', async () => {
  let release = () => {};
  const tagged = new Promise<void>((resolve) => {
    release = resolve;
  });
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 12),
    beforeRender: async (core) => {
      const listed = await core.dispatch('library.list', { view: 'all' });
      if (!listed.ok) throw new Error(listed.error.message);
      const [first] = (listed.value as { articles: { id: string }[] }).articles;
      await core.dispatch('article.tag', { ids: [first!.id], add: ['politics'] });
      // The tagged list is slow to come, as on a busy computer with a big library.
      const dispatch = core.dispatch.bind(core);
      core.dispatch = async (method, input) => {
        if (method === 'library.list' && ((input as { tags?: string[] }).tags?.length ?? 0) > 0) await tagged;
        return dispatch(method, input);
      };
    },
  });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^All articles/ }));
  const list = await screen.findByRole('listbox', { name: 'Articles' });
  await screen.findByText(/^(\d+ unread of )?12 articles/);
  expect(list.getAttribute('aria-busy')).toBeNull();

  const tags = await screen.findByRole('navigation', { name: 'Tags' });
  fireEvent.click(within(tags).getByRole('button', { name: /politics/ }));
  await screen.findByRole('group', { name: 'Tagged' });
  expect(screen.getByRole('listbox', { name: 'Articles' }).getAttribute('aria-busy')).toBe('true');
  expect(screen.queryByText(/^(\d+ unread of )?12 articles/), 'the count of the list before the filter').toBeNull();

  release();
  await screen.findByText(/^1 article/);
  expect(await within(screen.getByRole('listbox', { name: 'Articles' })).findAllByRole('option')).toHaveLength(1);
  expect(screen.getByRole('listbox', { name: 'Articles' }).getAttribute('aria-busy')).toBeNull();
}, 60_000);
