// @vitest-environment jsdom
// Enter presses a focused button (a keyboard reader's "Show fewer stories"), so moving through the list by key must
// take the keyboard's place to the list: a button the mouse left focused (a sidebar view, Archive) would otherwise
// take the Enter meant to open the article just chosen. Found in the session's review.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

it('opens the article chosen by key after a click left the focus on a sidebar button', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 6, 7) });
  const views = await screen.findByRole('navigation', { name: 'Library views' }, { timeout: 30_000 });
  const all = within(views).getByRole('button', { name: /^All articles/ });
  // What a mouse click leaves behind in Chromium: the clicked button has the focus.
  fireEvent.pointerDown(all);
  all.focus();
  fireEvent.click(all);
  const list = await screen.findByRole('listbox', { name: 'Articles' }, { timeout: 30_000 });
  await within(list).findAllByRole('option', {}, { timeout: 30_000 });
  await waitFor(() => {
    act(() => {
      fireEvent.keyDown(all, { key: 'Home' });
    });
    expect(within(list).getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
  });
  expect(document.activeElement).toBe(list);
  act(() => {
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Enter' });
  });
  expect(await screen.findByRole('main', { name: 'Reader' }, { timeout: 10_000 })).toBeTruthy();
}, 60_000);
