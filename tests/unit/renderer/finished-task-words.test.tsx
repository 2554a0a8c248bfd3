// @vitest-environment jsdom
// A finished task is told in the corner as a person would write it ("Timeline loaded"), not as its running label
// with "— done" after it.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

const finished = (taskId: string, label: string): TaskProgress => ({ taskId, label, done: 5, total: 5, state: 'done' });

it.each([
  ['timeline-load', 'Loading the timeline', 'Timeline loaded'],
  ['timeline-merge', 'Putting the timeline together', 'Timeline put together'],
  ['search-index', 'Indexing the library for search', 'Library indexed for search'],
  ['feeds-refresh', 'Refreshing feeds', 'Feeds refreshed'],
  ['import-3', 'Importing export-3.json', 'Imported export-3.json'],
])(
  'tells the finished %s task as “%s” → “%s”',
  async (taskId, label, words) => {
    app.emit('progress', finished(taskId, label));
    const progress = screen.getByRole('status', { name: 'Progress' });
    expect(progress.textContent).toContain(words);
    expect(progress.textContent).not.toContain('done');
  },
  30_000,
);
