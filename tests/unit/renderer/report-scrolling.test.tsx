// @vitest-environment jsdom
// Scrolling the article list tells the core the reader scrolls (app.readerActive), at most four times a second: the
// core's work of the start then waits, and the frames of the scroll keep the processor (issue 12).
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { REPORT_EVERY_MS } from '../../../renderer/src/lib/use-report-scrolling.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await app?.close();
  app = null;
});

it('tells the core the reader scrolls the list, at most once a quarter second however many scroll events come', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 40, 7) });
  fireEvent.click(await screen.findByRole('button', { name: /^All articles/ }));
  const list = await screen.findByRole('listbox', { name: 'Articles' });
  await screen.findAllByRole('option');
  // The window's own clock, moved by the test: how many reports go out never depends on the machine's speed.
  vi.useFakeTimers({ toFake: ['performance'] });
  const dispatch = vi.spyOn(app.core, 'dispatch');
  const reports = () => dispatch.mock.calls.filter(([method]) => method === 'app.readerActive');

  for (let i = 0; i < 10; i++) fireEvent.scroll(list);
  expect(reports()).toEqual([['app.readerActive', { activity: 'scrolling' }]]);
  vi.advanceTimersByTime(REPORT_EVERY_MS - 1);
  fireEvent.scroll(list);
  expect(reports()).toHaveLength(1);
  vi.advanceTimersByTime(1);
  for (let i = 0; i < 10; i++) fireEvent.scroll(list);
  expect(reports()).toHaveLength(2);
  // Every report was answered: the core knows the call.
  for (const result of dispatch.mock.results.filter((_, i) => dispatch.mock.calls[i]![0] === 'app.readerActive')) {
    expect(await result.value).toEqual({ ok: true, value: {} });
  }
}, 60_000);
