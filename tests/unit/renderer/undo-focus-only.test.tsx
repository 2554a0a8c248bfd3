// @vitest-environment jsdom
// The list takes the keyboard when Undo brings back a view's only article (the empty state that had the keys went
// away), and only then: the sample articles, added from the empty state, leave the keys where the reader put them.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

const press = (key: string) =>
  act(() => {
    fireEvent.keyDown(document.body, { key });
  });
const articles = () => screen.getByRole('listbox', { name: 'Articles' });

it('leaves the keyboard off the list when the sample articles come in from the empty library', async () => {
  const add = await screen.findByRole('button', { name: 'Add sample articles' });
  add.focus();
  fireEvent.click(add);
  // Adding the sample reads every article and finds its events: slow on a busy machine.
  await screen.findByText(/^Added \d+ sample articles$/, undefined, { timeout: 60_000 });
  await waitFor(() => expect(within(articles()).getAllByRole('option').length).toBeGreaterThanOrEqual(5));
  expect(document.activeElement).not.toBe(articles());
  expect(within(articles()).queryAllByRole('option', { selected: true })).toHaveLength(0);
}, 120_000);

it('gives the keyboard to the list when Undo brings back the view’s only article', async () => {
  await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
  const row = await within(await screen.findByRole('listbox', { name: 'Articles' })).findByRole('option', {
    name: /Kremlin Confirms/,
  });
  press('Home');
  await waitFor(() => expect(row.getAttribute('aria-selected')).toBe('true'));
  press('a');
  await screen.findByRole('heading', { name: 'Your Inbox is clear' }, { timeout: 15_000 });
  const undo = await screen.findByRole('button', { name: 'Undo' });
  undo.focus();
  fireEvent.click(undo);
  await waitFor(() => expect(document.activeElement).toBe(articles()), { timeout: 15_000 });
}, 60_000);
