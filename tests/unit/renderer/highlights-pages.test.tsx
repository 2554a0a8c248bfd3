// @vitest-environment jsdom
// A reader of years has thousands of highlights: the Highlights view drew every one of them (2,017 items for the
// lived-in library of 3,000 articles), taking 4 to 10 seconds to open and 3 to 7 to answer each word typed in its
// search. It shows them a hundred at a time, newest first, and a button adds the next hundred.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { HIGHLIGHTS_PAGE } from '../../../renderer/src/state/ui-store.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const HIGHLIGHTS = 130;

it('shows a hundred highlights at first, adds the rest when asked and takes the keyboard to the first one added', async () => {
  app = await renderApp({
    beforeOpen: async (dir) => {
      await generateLibrary(dir, 26);
    },
    beforeRender: async (core) => {
      const listed = await core.dispatch('library.list', { view: 'all' });
      if (!listed.ok) throw new Error(listed.error.message);
      const { articles } = listed.value as { articles: { id: string }[] };
      for (let i = 0; i < HIGHLIGHTS; i++) {
        const start = 10 + Math.floor(i / articles.length) * 60;
        const created = await core.dispatch('annotations.create', {
          kind: 'highlight',
          articleId: articles[i % articles.length]!.id,
          range: { start, end: start + 30 },
          color: 'yellow',
        });
        if (!created.ok) throw new Error(created.error.message);
      }
    },
  });
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^Highlights/ }));
  const feed = await screen.findByRole('list', { name: 'Highlights' });
  const cards = () => within(feed).getAllByRole('listitem');
  expect(cards()).toHaveLength(HIGHLIGHTS_PAGE);
  expect(screen.getByText(`${HIGHLIGHTS} of ${HIGHLIGHTS}`)).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: `Show ${HIGHLIGHTS - HIGHLIGHTS_PAGE} more` }));
  expect(cards()).toHaveLength(HIGHLIGHTS);
  expect(document.activeElement).toBe(cards()[HIGHLIGHTS_PAGE]!.querySelector('button'));
  expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();

  // A word typed starts again at one page of what it matches.
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search highlights and notes' }), {
    target: { value: 'report' },
  });
  expect(cards().length).toBeLessThanOrEqual(HIGHLIGHTS_PAGE);
}, 90_000);
