// @vitest-environment jsdom
// Links sent one after another while the first still saves: when both fail (a site down, a typo), both come back to
// the save field to be corrected and sent again, not only the first.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

/** Holds each save of a link until the test answers it, then answers that the site could not be reached. */
function failingSaves() {
  const answers: (() => void)[] = [];
  const saved: string[] = [];
  const dispatch = app.core.dispatch.bind(app.core);
  app.core.dispatch = async (name, input) => {
    if (name !== 'article.saveUrl') return dispatch(name, input);
    saved.push((input as { url: string }).url);
    await new Promise<void>((resolve) => answers.push(resolve));
    return { ok: false as const, error: { code: 'FETCH_FAILED' as const, message: 'The site could not be reached' } };
  };
  return { answerNext: () => answers.shift()?.(), saved };
}

function sendLinks(field: HTMLInputElement, links: string) {
  act(() => field.focus());
  fireEvent.change(field, { target: { value: links } });
  fireEvent.submit(field.form!);
}

it('puts both links back in the save field when two links sent one after another fail', async () => {
  const saves = failingSaves();
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Save a link' });
  sendLinks(field, 'https://worlddesk.example/first');
  sendLinks(field, 'https://tribune.example/second');
  expect(field.value).toBe('');
  saves.answerNext();
  await waitFor(() => expect(field.value).toBe('https://worlddesk.example/first'));
  saves.answerNext();
  await waitFor(() => expect(field.value).toBe('https://worlddesk.example/first https://tribune.example/second'));

  // Sent again as they are: each is saved again, on its own.
  fireEvent.submit(field.form!);
  await waitFor(() => expect(saves.saved).toHaveLength(4));
  expect(saves.saved.slice(2)).toEqual(['https://worlddesk.example/first', 'https://tribune.example/second']);
}, 60_000);

it('saves ten links of a pasted list at once and keeps the others in the field for the next Save', async () => {
  const saves = failingSaves();
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Save a link' });
  const links = Array.from({ length: 25 }, (_, n) => `https://worlddesk.example/${n + 1}`);
  sendLinks(field, links.join(' '));
  await waitFor(() => expect(saves.saved).toHaveLength(10));
  expect(saves.saved).toEqual(links.slice(0, 10));
  expect(field.value).toBe(links.slice(10).join(' '));
  // A link that fails meanwhile joins those waiting, nothing lost.
  saves.answerNext();
  await waitFor(() => expect(field.value).toBe([...links.slice(10), links[0]].join(' ')));
}, 60_000);

/** Pastes text into the field as a browser does: the page may take the paste; if not, the field drops line breaks. */
function paste(field: HTMLInputElement, text: string) {
  act(() => field.focus());
  const leftToBrowser = fireEvent.paste(field, { clipboardData: { getData: () => text } });
  if (leftToBrowser) fireEvent.change(field, { target: { value: field.value + text.replace(/[\r\n]/g, '') } });
}

it('saves each line of a pasted list of links as its own link, ten at once, keeping the others in the field', async () => {
  const saves = failingSaves();
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Save a link' });
  const links = Array.from({ length: 12 }, (_, n) => `https://worlddesk.example/${n + 1}`);
  paste(field, `${links.join('\r\n')}\n`);
  expect(field.value).toBe(links.join(' '));
  fireEvent.submit(field.form!);
  await waitFor(() => expect(saves.saved).toHaveLength(10));
  expect(saves.saved).toEqual(links.slice(0, 10));
  expect(field.value).toBe(links.slice(10).join(' '));
}, 60_000);
