// @vitest-environment jsdom
// A search in a library of 1,984 articles showed its 50 best matches and said so, with no way to the 51st. It
// now says whether there are more, and shows them a page at a time, up to the search's bound.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SEARCH_MOST, searchCountText } from '../../../renderer/src/lib/search-pages.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('search results', () => {
  it('show fifty matches, then more a page at a time, the keyboard taken to the first one added', async () => {
    app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 120) });
    await screen.findByRole('listbox', { name: 'Articles' }, { timeout: 30_000 });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'council' } });
    const results = await screen.findByRole('region', { name: 'Search results' });
    const list = () => within(results).getAllByRole('listitem');
    await within(results).findByText('The 50 best of more than 50 matches', {}, { timeout: 30_000 });
    expect(list()).toHaveLength(50);

    fireEvent.click(within(results).getByRole('button', { name: 'Show more results' }));
    await within(results).findByText('The 100 best of more than 100 matches', {}, { timeout: 30_000 });
    expect(list()).toHaveLength(100);
    await waitFor(() => expect(document.activeElement).toBe(within(list()[50]!).getByRole('button')));

    fireEvent.click(within(results).getByRole('button', { name: 'Show more results' }));
    await within(results).findByText('120 matches', {}, { timeout: 30_000 });
    expect(list()).toHaveLength(120);
    expect(within(results).queryByRole('button', { name: 'Show more results' })).toBeNull();
  }, 90_000);

  it('count every match they show, and stop at the search’s bound', () => {
    expect(searchCountText(1, 50)).toBe('1 match');
    expect(searchCountText(50, 50)).toBe('50 matches');
    expect(searchCountText(51, 50)).toBe('The 50 best of more than 50 matches');
    expect(searchCountText(SEARCH_MOST, SEARCH_MOST)).toBe(
      `The ${SEARCH_MOST} best matches: more words or a filter find the others`,
    );
  });
});
