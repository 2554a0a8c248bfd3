// @vitest-environment jsdom
// The save field takes a second link while the first still saves (a slow site can take half a minute). When the first
// is saved, the reader may already be at the field again for a third: the field keeps the keyboard for them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './support.tsx';

const seedPage = join(import.meta.dirname, '..', '..', 'fixtures', 'pages', 'seed-article.html');

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

/** Holds each save of a link until the test answers it: the first with the seed page, as if its site had answered. */
function slowSaves() {
  const answers: (() => void)[] = [];
  const dispatch = app.core.dispatch.bind(app.core);
  app.core.dispatch = async (name, input) => {
    if (name !== 'article.saveUrl') return dispatch(name, input);
    await new Promise<void>((resolve) => answers.push(resolve));
    const html = await readFile(seedPage, 'utf8');
    return dispatch('article.saveHtml', { html, url: (input as { url: string }).url });
  };
  return { answerFirst: () => answers.shift()?.() };
}

function sendLink(field: HTMLInputElement, link: string) {
  act(() => field.focus());
  fireEvent.change(field, { target: { value: link } });
  fireEvent.submit(field.form!);
}

it('keeps the keyboard in the save field when the first link is saved while a second one is still saving', async () => {
  const saves = slowSaves();
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Save a link' });
  sendLink(field, 'https://worlddesk.example/first');
  sendLink(field, 'https://worlddesk.example/second');
  expect(field.value).toBe('');
  expect(document.activeElement).toBe(field);
  saves.answerFirst();
  await screen.findByText(/Saved “/, {}, { timeout: 20_000 });
  // The reader is about to paste a third link: the keys stay where they are.
  expect(document.activeElement).toBe(field);
}, 60_000);
