// @vitest-environment jsdom
// A timeline being put together said so twice: in its own words ("Putting the timeline together: 40% of its reports
// compared…") and again in the window's corner. It is told once, by the timeline, before and after it first shows.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TaskProgress } from '../../../electron/contract/model.ts';
import { failAnswers, holdAnswers, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

const merging = (done: number): TaskProgress => ({
  taskId: 'timeline-merge',
  label: 'Putting the timeline together',
  done,
  total: 30_000,
  state: 'running',
});

const openTimeline = () =>
  fireEvent.click(
    within(screen.getByRole('navigation', { name: 'Library views' })).getByRole('button', { name: /Timeline/ }),
  );

it('tells how far putting the timeline together has got once while it loads, not again in the corner', async () => {
  const release = holdAnswers(app.core, 'timeline.get');
  openTimeline();
  app.emit('progress', merging(12_000));
  await screen.findByText('Putting the timeline together: 40% of its reports compared…');
  expect(screen.getAllByText(/Putting the timeline together/)).toHaveLength(1);
  expect(screen.getByRole('status', { name: 'Progress' }).textContent).toBe('');
  release();
}, 30_000);

it('tells it once, above the timeline, when a timeline already shown is put together again', async () => {
  openTimeline();
  await screen.findByRole('region', { name: 'No events yet' }, { timeout: 20_000 });
  app.emit('progress', merging(6_000));
  await screen.findByText('Putting the timeline together: 20% of its reports compared…');
  expect(screen.getAllByText(/Putting the timeline together/)).toHaveLength(1);
  // Elsewhere in the window the corner tells it, the timeline being out of sight.
  fireEvent.click(
    within(screen.getByRole('navigation', { name: 'Library views' })).getByRole('button', { name: /All articles/ }),
  );
  const progress = screen.getByRole('status', { name: 'Progress' });
  expect(progress.textContent).toContain('Putting the timeline together');
}, 30_000);

it('tells how far it has got when a timeline that could not be loaded is tried again', async () => {
  const mend = failAnswers(app.core, 'timeline.get', 'the stored events could not be read');
  openTimeline();
  await screen.findByRole('alert');
  mend();
  const release = holdAnswers(app.core, 'timeline.get');
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  app.emit('progress', merging(9_000));
  // Told beside the failure it replaces, once; the corner leaves it to the timeline.
  await screen.findByText('Putting the timeline together: 30% of its reports compared…');
  expect(screen.getAllByText(/Putting the timeline together/)).toHaveLength(1);
  expect(screen.getByRole('status', { name: 'Progress' }).textContent).toBe('');
  release();
}, 30_000);
