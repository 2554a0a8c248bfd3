// @vitest-environment jsdom
// The first search of a library of 3,400 articles waited half a minute for the index to be built, saying only
// "Searching…": it now says how far the build got.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { EventListener } from '../../../electron/core/events.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { holdAnswers, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

it('says how far building the index has got while the first search waits for it', async () => {
  const listeners = new Set<EventListener>();
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 20),
    beforeRender: (core) => {
      // The window hears the core's progress as the build would tell it, whenever the test says.
      const onEvent = core.onEvent.bind(core);
      core.onEvent = (listener) => {
        listeners.add(listener);
        const stop = onEvent(listener);
        return () => {
          listeners.delete(listener);
          stop();
        };
      };
    },
  });
  await screen.findByRole('listbox', { name: 'Articles' }, { timeout: 30_000 });
  const release = holdAnswers(app.core, 'search.query');
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'council' } });
  const results = await screen.findByRole('region', { name: 'Search results' });
  expect(await within(results).findByText('Searching…')).toBeTruthy();
  act(() => {
    for (const listener of listeners)
      listener('progress', {
        taskId: 'search-index',
        label: 'Indexing the library for search',
        done: 1200,
        total: 3400,
        state: 'running',
      });
  });
  expect(await within(results).findByText('Indexing 1,200 of 3,400 articles…')).toBeTruthy();
  release();
  expect(await within(results).findByText(/\d+ match/, {}, { timeout: 30_000 })).toBeTruthy();
}, 90_000);
