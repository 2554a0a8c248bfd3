// @vitest-environment jsdom
// A view chosen with its number key (1…6) takes the keyboard: its list of articles, or its heading while it has
// none, never a row or an event of the view that left, nor the page itself.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { pressKey as press, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
  await app.savePage('seed-article.html', 'https://worlddesk.example/2025/05/15/kremlin-confirms/');
});
afterEach(() => app.close());

const viewHeading = (main: string) =>
  within(screen.getByRole('main', { name: main })).getByRole('heading', { level: 2, name: main });

it('takes the keyboard to the list of the Inbox, and to the heading of a view with nothing to list', async () => {
  await screen.findByRole('listbox', { name: 'Articles' });
  press('3');
  await waitFor(() => expect(document.activeElement).toBe(viewHeading('Archive')));
  press('1');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Articles' })));
}, 60_000);

it('takes the keyboard to the heading of the highlights and of the timeline, and back to the list from them', async () => {
  await screen.findByRole('listbox', { name: 'Articles' });
  press('5');
  await waitFor(() => expect(document.activeElement).toBe(viewHeading('Highlights and notes')));
  press('6');
  await waitFor(() =>
    expect(document.activeElement).toBe(within(screen.getByRole('main')).getByRole('heading', { level: 2 })),
  );
  press('4');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Articles' })));
}, 60_000);
