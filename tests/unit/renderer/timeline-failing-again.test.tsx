// @vitest-environment jsdom
// A timeline that cannot be read: a Retry that fails again says so once, politely ("Still could not load the
// timeline."), where the unchanged alert would be silent; and a timeline that loaded once and fails on reload shows
// no count of the events it no longer shows.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { failAnswers, holdAnswers, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

function openTimeline() {
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Timeline' }));
}

const stillSaid = () =>
  screen.queryAllByRole('status').filter((status) => /Still could not/.test(status.textContent ?? ''));

it('says once, politely, that a Retry failed again, and nothing while retrying', async () => {
  failAnswers(app.core, 'timeline.get', 'the stored events could not be read');
  openTimeline();
  await screen.findByRole('alert', {}, { timeout: 20_000 });
  expect(stillSaid()).toEqual([]);
  const release = holdAnswers(app.core, 'timeline.get');
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  await screen.findByRole('button', { name: 'Retrying…' });
  expect(stillSaid()).toEqual([]);
  release();
  await screen.findByRole('button', { name: 'Retry' }, { timeout: 20_000 });
  await waitFor(() =>
    expect(stillSaid().map((status) => status.textContent)).toEqual(['Still could not load the timeline.']),
  );
  // Not the alert: that one is read when the failure first shows, not again.
  expect(screen.getByRole('alert').textContent).not.toMatch(/Still/);
}, 60_000);

it('shows no count of events beside the failure of a timeline that loaded once', async () => {
  for (const file of ['crane-collapse.html', 'crane-weld.html'])
    await app.savePage(`timeline-story/${file}`, `https://news.example/${file}`);
  await app.core.timeline.idle();
  openTimeline();
  const main = await screen.findByRole('main', { name: 'Everything in the library' });
  await waitFor(() => expect(main.querySelector('header')?.textContent).toMatch(/\d+ events? from/), {
    timeout: 20_000,
  });
  failAnswers(app.core, 'timeline.get', 'the stored events could not be read');
  // Another article arrives: the timeline is read again, and that fails.
  await app.savePage('seed-article.html', 'https://worlddesk.example/2025/05/15/kremlin-confirms/');
  await within(main).findByRole('alert', {}, { timeout: 20_000 });
  expect(main.querySelector('header')?.textContent).not.toMatch(/\d+ events? from/);
}, 60_000);
