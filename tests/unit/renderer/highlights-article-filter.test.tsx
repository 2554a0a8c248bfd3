// @vitest-environment jsdom
// A reader of years has highlights in hundreds of articles: the Highlights view's Article filter was a select of
// every title, one long menu. It is a field to type in: the list narrows to the titles holding the words typed.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

const ARTICLES = 40;
let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, ARTICLES),
    beforeRender: async (core) => {
      const listed = await core.dispatch('library.list', { view: 'all' });
      if (!listed.ok) throw new Error(listed.error.message);
      for (const article of (listed.value as { articles: { id: string }[] }).articles) {
        const made = await core.dispatch('annotations.create', {
          kind: 'highlight',
          articleId: article.id,
          range: { start: 10, end: 40 },
          color: 'yellow',
        });
        if (!made.ok) throw new Error(made.error.message);
      }
    },
  });
});
afterEach(() => app.close());

/** A key pressed in the field, heard by the field and then by the window (where Esc closes the innermost layer). */
const key = (field: HTMLElement, name: string) =>
  act(() => {
    fireEvent.keyDown(field, { key: name });
  });

async function openHighlights() {
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^Highlights/ }));
  const pane = await screen.findByRole('main', { name: 'Highlights and notes' });
  await within(pane).findByRole('list', { name: 'Highlights' });
  return pane;
}

it('finds an article by typing words of its title, and shows only its highlights', async () => {
  const pane = await openHighlights();
  const field = within(pane).getByRole('combobox', { name: 'Article' });
  expect(field.getAttribute('aria-expanded')).toBe('false');
  field.focus();
  key(field, 'ArrowDown');
  const list = within(pane).getByRole('listbox', { name: 'Article' });
  expect(field.getAttribute('aria-expanded')).toBe('true');
  expect(within(list).getAllByRole('option')).toHaveLength(ARTICLES + 1);
  expect(within(list).getAllByRole('option')[0]!.textContent).toBe('Any article');

  fireEvent.change(field, { target: { value: 'report 17' } });
  const found = within(list).getAllByRole('option');
  expect(found).toHaveLength(1);
  expect(field.getAttribute('aria-activedescendant')).toBe(found[0]!.id);
  key(field, 'Enter');
  expect(within(pane).queryByRole('listbox', { name: 'Article' })).toBeNull();
  expect((field as HTMLInputElement).value).toMatch(/ report 17$/);
  expect(within(pane).getByText(`1 of ${ARTICLES}`)).toBeTruthy();
  expect(document.activeElement).toBe(field);
}, 90_000);

it('gives back the article chosen on Esc, staying in the view, and lets the filter go with its clear button', async () => {
  const pane = await openHighlights();
  const field = within(pane).getByRole('combobox', { name: 'Article' });
  field.focus();
  key(field, 'ArrowDown');
  fireEvent.change(field, { target: { value: 'report 17' } });
  key(field, 'Enter');
  key(field, 'ArrowDown');
  fireEvent.change(field, { target: { value: 'report 2' } });
  key(field, 'ArrowDown');
  key(field, 'Escape');
  expect(within(pane).queryByRole('listbox', { name: 'Article' })).toBeNull();
  expect((field as HTMLInputElement).value).toMatch(/ report 17$/);
  expect(screen.getByRole('main', { name: 'Highlights and notes' })).toBe(pane);

  fireEvent.click(within(pane).getByRole('button', { name: 'Any article: clear the article filter' }));
  expect((field as HTMLInputElement).value).toBe('');
  expect(within(pane).getByText(`${ARTICLES} of ${ARTICLES}`)).toBeTruthy();
  expect(document.activeElement).toBe(field);
}, 90_000);

it('names each article of the filter with its count in words, not a bare number after the title', async () => {
  const pane = await openHighlights();
  const field = within(pane).getByRole('combobox', { name: 'Article' });
  field.focus();
  key(field, 'ArrowDown');
  fireEvent.change(field, { target: { value: 'report 17' } });
  const list = within(pane).getByRole('listbox', { name: 'Article' });
  expect(within(list).getByRole('option', { name: /report 17, 1 highlight$/ })).toBeTruthy();
}, 90_000);
