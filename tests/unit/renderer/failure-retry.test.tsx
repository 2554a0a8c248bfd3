// @vitest-environment jsdom
// A view that could not be loaded says why in two plain sentences (never "loaded: the index: …") and offers
// Retry, which asks the core again: a lost connection or a busy disk is often over a moment later.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { failAnswers, type RenderedApp, renderApp } from './support.tsx';

const address = 'https://worlddesk.example/2025/05/15/kremlin-confirms-putin-skips-turkey-talks/';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

async function openInReader(): Promise<HTMLElement> {
  const list = await screen.findByRole('listbox', { name: 'Articles' });
  fireEvent.click(await within(list).findByRole('option', { name: /Kremlin Confirms/ }));
  return screen.findByRole('main', { name: 'Reader' });
}

it('says in two sentences why the timeline could not be loaded, and shows it after Retry', async () => {
  const mend = failAnswers(app.core, 'timeline.get', 'the stored events could not be read:');
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Timeline' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe('The timeline could not be loaded. The stored events could not be read.');
  mend();
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  // The banner stays until the new answer has come (Retry says it is at work meanwhile).
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 20_000 });
  expect(screen.getByRole('toolbar', { name: 'Timeline' }).closest('main')?.textContent).not.toMatch(
    /could not be loaded/,
  );
}, 60_000);

it('says in two sentences why the article could not be opened, and opens it after Retry', async () => {
  await app.savePage('seed-article.html', address);
  const mend = failAnswers(app.core, 'article.content', 'annals is not running: the page lost its connection');
  const reader = await openInReader();
  const alert = await within(reader).findByRole('alert');
  expect(alert.textContent).toBe(
    'This article could not be opened. Annals is not running: the page lost its connection.',
  );
  mend();
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await within(screen.getByRole('main', { name: 'Reader' })).findByTitle('Article text')).toBeTruthy();
}, 60_000);

it('says in two sentences why an earlier version could not be opened, and opens it after Retry', async () => {
  await app.savePage('seed-article.html', address);
  await app.savePage('seed-article-edited.html', address);
  const mend = failAnswers(app.core, 'article.version', 'the version’s file is missing');
  const reader = await openInReader();
  fireEvent.click(await within(reader).findByRole('button', { name: 'Versions (2)' }, { timeout: 10_000 }));
  const panel = await within(reader).findByRole('region', { name: 'Versions of this article' });
  fireEvent.click(within(panel).getByRole('button', { name: /^Open the version saved / }));
  const alert = await within(reader).findByRole('alert');
  expect(alert.textContent).toBe('This version could not be opened. The version’s file is missing.');
  mend();
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await within(reader).findByRole('region', { name: 'Earlier version' })).toBeTruthy();
}, 60_000);
