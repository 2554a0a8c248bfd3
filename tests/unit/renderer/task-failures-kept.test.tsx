// @vitest-environment jsdom
// Long work told in the corner: a failure no toast repeats (a page sent from the browser, a sixth import among
// five others) stays until the reader dismisses it, shown before the work still running, however many tasks run.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

const importing = (n: number, state: TaskProgress['state'] = 'running'): TaskProgress => ({
  taskId: `import-${n}`,
  label: `Importing export-${n}.json`,
  done: 10,
  total: 100,
  state,
  ...(state === 'failed' ? { message: `export-${n}.json is not an Annals export` } : {}),
});

it('keeps a sixth task’s failure in the corner until it is dismissed, and every task still running', async () => {
  for (let n = 1; n <= 6; n++) app.emit('progress', importing(n));
  const progress = screen.getByRole('status', { name: 'Progress' });
  expect(within(progress).getByRole('button', { name: '5 other tasks' })).toBeTruthy();
  app.emit('progress', importing(6, 'failed'));
  expect(progress.textContent).toContain('Importing export-6.json: export-6.json is not an Annals export');
  // Finished tasks leave after a few seconds; a failure the reader may not have seen yet does not.
  await act(() => new Promise((resolve) => setTimeout(resolve, 4_500)));
  expect(progress.textContent).toContain('export-6.json is not an Annals export');
  fireEvent.click(within(progress).getByRole('button', { name: '5 other tasks' }));
  expect(
    within(progress)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([1, 2, 3, 4, 5].map((n) => `Importing export-${n}.json`));
  fireEvent.click(within(progress).getByRole('button', { name: 'Dismiss' }));
  expect(progress.textContent).not.toContain('not an Annals export');
  expect(progress.textContent).toContain('Importing export-5.json');
  expect(within(progress).getByRole('button', { name: /4 other tasks/ })).toBeTruthy();
}, 60_000);
