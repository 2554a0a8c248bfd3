// @vitest-environment jsdom
// A search with no match offered "+ Unread", "+ Favorites"… (narrowing what is already empty) and said both
// "0 matches" and "Nothing found". One empty state: what was searched, how to widen it, and a way to clear it.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

it('says what was searched when nothing matches, offers no filter, and clears the search', async () => {
  await app.savePage('seed-article.html', 'https://worlddesk.example/2025/05/15/kremlin-confirms/');
  const search = screen.getByRole('searchbox', { name: 'Search the library' });
  fireEvent.change(search, { target: { value: 'zeppelin' } });
  const results = await screen.findByRole('region', { name: 'Search results' });
  await within(results).findByText('No article matches “zeppelin”.', {}, { timeout: 20_000 });
  expect(results.textContent).not.toMatch(/0 matches|Nothing found/);
  expect(within(results).queryByRole('button', { name: /^\+ / })).toBeNull();
  fireEvent.click(within(results).getByRole('button', { name: 'Clear the search' }));
  await waitFor(() => expect((search as HTMLInputElement).value).toBe(''));
  await waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the library' })),
  );
  expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
}, 60_000);
