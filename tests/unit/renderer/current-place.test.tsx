// @vitest-environment jsdom
// The sidebar's current entry follows what the window shows, however the reader got there: "Go to tag…" from the
// palette left All articles marked current beside the tag, and a view's shortcut pressed with the focus on the
// sidebar left the focus ring on the view just left. (The focus back from a picker and the sidebar's scroll are
// browser matters: tests/e2e/current-place.spec.ts.)
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp, runFromPalette } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const view = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Library views' })).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

it('marks the tag Go to tag chose as the current place, and no view beside it', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 6) });
  const listed = await app.core.dispatch('library.list', { view: 'all' });
  if (!listed.ok) throw new Error(listed.error.message);
  const [first] = (listed.value as { articles: { id: string }[] }).articles;
  await app.core.dispatch('article.tag', { ids: [first!.id], add: ['harbour works'] });
  await screen.findByRole('listbox', { name: 'Articles' });
  fireEvent.click(view('All articles'));
  await waitFor(() => expect(view('All articles').getAttribute('aria-current')).toBe('page'));
  await runFromPalette('Go to tag');
  const picker = await screen.findByRole('dialog', { name: 'Go to tag' });
  await within(picker).findByRole('option', { name: /^harbour works/ });
  fireEvent.change(within(picker).getByRole('combobox'), { target: { value: 'harbour works' } });
  fireEvent.keyDown(within(picker).getByRole('combobox'), { key: 'Enter' });

  const tags = await screen.findByRole('navigation', { name: 'Tags' });
  await waitFor(() =>
    expect(
      within(tags)
        .getByRole('button', { name: /^harbour works/ })
        .getAttribute('aria-pressed'),
    ).toBe('true'),
  );
  expect(view('All articles').getAttribute('aria-current')).toBeNull();
}, 60_000);

// Since session 43 a view's number key takes the keyboard into the view it chose (view-keys-focus.test.tsx).
it('takes the focus from the view left into the view a shortcut chose', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 6) });
  await screen.findByRole('listbox', { name: 'Articles' });
  act(() => view('Inbox').focus());
  fireEvent.keyDown(view('Inbox'), { key: '2' });
  await waitFor(() => expect(view('Favorites').getAttribute('aria-current')).toBe('page'));
  const favorites = screen.getByRole('main', { name: 'Favorites' });
  await waitFor(() => expect(favorites.contains(document.activeElement)).toBe(true));
  expect(document.activeElement).not.toBe(view('Inbox'));
}, 60_000);
