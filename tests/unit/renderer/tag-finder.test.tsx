// @vitest-environment jsdom
// Dozens of tags make the sidebar's Tags a column read by scrolling (45 were seen on a lived-in library): from a dozen
// on, a field above them finds a tag by any of its words.
import { fireEvent, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate-library.ts';
import { renderApp } from './support.tsx';

const LONG_TAG = 'parliamentary-inquiry-into-harbour-redevelopment';

it('finds a tag among dozens by a word of its name, says when none has it, and lists them all again on Esc', async () => {
  let ids: string[] = [];
  const app = await renderApp({
    beforeOpen: async (dir) => {
      ids = await generateLibrary(dir, 20);
    },
    beforeRender: async (core) => {
      const add = [...Array.from({ length: 20 }, (_, n) => `topic ${n}`), LONG_TAG];
      const tagged = await core.dispatch('article.tag', { ids: ids.slice(0, 2), add });
      if (!tagged.ok) throw new Error(tagged.error.message);
    },
  });
  try {
    const tags = await screen.findByRole('navigation', { name: 'Tags' });
    const names = () =>
      within(tags)
        .getAllByRole('button', { pressed: false })
        .map((tag) => tag.textContent);
    const listed = () => names().length;
    const all = listed();
    expect(all).toBeGreaterThan(20);
    const finder = within(tags).getByRole('searchbox', { name: 'Find a tag' });

    fireEvent.change(finder, { target: { value: 'Redevelop' } });
    expect(names()).toEqual([`${LONG_TAG}2`]);
    // Words in any order, as the palette and "Go to tag…" find things.
    fireEvent.change(finder, { target: { value: 'harbour inquiry' } });
    expect(names()).toEqual([`${LONG_TAG}2`]);
    fireEvent.change(finder, { target: { value: 'zzz' } });
    expect(within(tags).getByText('No tag has “zzz” in its name.')).toBeTruthy();
    fireEvent.keyDown(finder, { key: 'Escape' });
    expect(listed()).toBe(all);
  } finally {
    await app.close();
  }
}, 60_000);
