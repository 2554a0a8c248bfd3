// @vitest-environment jsdom
// A large library holds hundreds of stories: the sidebar lists the most recently active ones and offers the
// rest on request, instead of a column of hundreds of buttons that the window lays out and paints along with
// every frame of the article list's scroll (issue 12).
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

it('lists thirty of a library’s forty stories in the sidebar, all of them when asked, and thirty again when asked', async () => {
  // Ten articles to a story, their events stored as saving leaves them.
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 400, 7, { events: true }) });
  const stories = await screen.findByRole('navigation', { name: 'Stories' }, { timeout: 30_000 });
  const all = await within(stories).findByRole('button', { name: 'All 40 stories' }, { timeout: 30_000 });
  expect(within(stories).getAllByRole('button', { name: / 10 articles$/ })).toHaveLength(30);

  expect(all.getAttribute('aria-expanded')).toBe('false');

  fireEvent.click(all);
  expect(within(stories).getAllByRole('button', { name: / 10 articles$/ })).toHaveLength(40);
  expect(within(stories).queryByRole('button', { name: /^All \d+ stories$/ })).toBeNull();

  // The same button folds the list back, so the focus (a keyboard user's place) stays on it.
  const fewer = within(stories).getByRole('button', { name: 'Show fewer stories' });
  expect(fewer).toBe(all);
  expect(fewer.getAttribute('aria-expanded')).toBe('true');
  // Enter on it is the button's (a browser presses it), not the shortcut that opens the selected article.
  fireEvent.keyDown(fewer, { key: 'Enter' });
  await expect(screen.findByRole('main', { name: 'Reader' }, { timeout: 2_000 })).rejects.toThrow();
  fireEvent.click(fewer);
  expect(within(stories).getAllByRole('button', { name: / 10 articles$/ })).toHaveLength(30);
  expect(within(stories).getByRole('button', { name: 'All 40 stories' })).toBe(all);
}, 60_000);
