// @vitest-environment jsdom
// A view chosen by its number key takes the keyboard once its list is there; a big library takes a moment to list.
// A reader who has meanwhile gone on to type somewhere (the save field, the search) keeps their place.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { holdAnswers, pressKey as press, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
  await app.savePage('seed-article.html', 'https://worlddesk.example/2025/05/15/kremlin-confirms/');
});
afterEach(() => app.close());

it('leaves the keyboard in the field the reader went to while the chosen view was being listed', async () => {
  await screen.findByRole('listbox', { name: 'Articles' });
  const release = holdAnswers(app.core, 'library.list');
  press('4');
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Save a link' });
  act(() => field.focus());
  fireEvent.change(field, { target: { value: 'https://worlddesk.example/next' } });
  release();
  await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'All articles' })).toBeTruthy());
  await waitFor(() => expect(screen.queryByRole('listbox', { name: 'Articles' })).not.toBeNull());
  // Give the view its chance to take the keyboard: it must not.
  await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(document.activeElement).toBe(field);
}, 60_000);
