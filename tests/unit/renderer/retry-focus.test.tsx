// @vitest-environment jsdom
// Retry in the list, the reader and the Highlights view takes the failure banner and its button away once it works:
// the keyboard goes on from what came back (the list, the article, the first highlight), never from the page.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { failAnswers, type RenderedApp, renderApp } from './support.tsx';

const address = 'https://worlddesk.example/2025/05/15/kremlin-confirms-putin-skips-turkey-talks/';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

/** Presses the focused Retry once the core answers again, and waits for the failure to go. */
async function retryThatWorks(mend: () => void, inside: HTMLElement = document.body) {
  const retry = await within(inside).findByRole('button', { name: 'Retry' });
  retry.focus();
  mend();
  fireEvent.click(retry);
  await waitFor(() => expect(within(inside).queryByRole('alert')).toBeNull(), { timeout: 20_000 });
}

it('takes the keyboard to the article list after a Retry of the list that works', async () => {
  await app.savePage('seed-article.html', address);
  const mend = failAnswers(app.core, 'library.list', 'the index could not be read');
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^All articles/ }));
  await retryThatWorks(mend);
  const list = await screen.findByRole('listbox', { name: 'Articles' });
  await waitFor(() => expect(document.activeElement).toBe(list));
}, 60_000);

it('takes the keyboard to the article after a Retry of the reader that works', async () => {
  await app.savePage('seed-article.html', address);
  const mend = failAnswers(app.core, 'article.content', 'the page lost its connection');
  const list = await screen.findByRole('listbox', { name: 'Articles' });
  fireEvent.click(await within(list).findByRole('option', { name: /Kremlin Confirms/ }));
  const reader = await screen.findByRole('main', { name: 'Reader' });
  await retryThatWorks(mend, reader);
  const article = await within(screen.getByRole('main', { name: 'Reader' })).findByRole('region', { name: 'Article' });
  await waitFor(() => expect(document.activeElement).toBe(article));
}, 60_000);

it('takes the keyboard to the first highlight after a Retry of the Highlights view that works', async () => {
  const article = await app.savePage('seed-article.html', address);
  const made = await app.core.dispatch('annotations.create', {
    articleId: article.id,
    kind: 'highlight',
    range: { start: 0, end: 20 },
  });
  expect(made.ok).toBe(true);
  const mend = failAnswers(app.core, 'annotations.list', 'the highlights file could not be read');
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^Highlights/ }));
  await retryThatWorks(mend);
  const feed = await screen.findByRole('list', { name: 'Highlights' });
  await waitFor(() => expect(feed.contains(document.activeElement)).toBe(true));
  expect(document.activeElement?.tagName).toBe('BUTTON');
}, 60_000);
