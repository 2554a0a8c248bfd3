// @vitest-environment jsdom
// A timeline that could not be loaded: its zoom keys do nothing while its zoom buttons show disabled, and after a
// Retry that works the keyboard goes on from the timeline's first event, not from the page.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { failAnswers, pressKey as press, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

async function openFailedTimeline(): Promise<() => void> {
  const mend = failAnswers(app.core, 'timeline.get', 'the stored events could not be read');
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Timeline' }));
  await screen.findByRole('alert');
  return mend;
}

/** The zoom level pressed in the toolbar. */
const pressedZoom = () =>
  ['Days', 'Months', 'Years'].filter(
    (name) => screen.getByRole('button', { name }).getAttribute('aria-pressed') === 'true',
  );

/** Saves two reports of the crane story and waits for their events. */
async function saveStory() {
  for (const file of ['crane-collapse.html', 'crane-weld.html'])
    await app.savePage(`timeline-story/${file}`, `https://news.example/${file}`);
  await app.core.timeline.idle();
}

it('leaves the zoom as it is when + or - is pressed while the timeline could not be loaded', async () => {
  await saveStory();
  const mend = await openFailedTimeline();
  const before = pressedZoom();
  expect(screen.getByRole('button', { name: 'Zoom out' }).matches(':disabled')).toBe(true);
  press('-');
  press('-');
  press('+');
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(pressedZoom()).toEqual(before);
  mend();
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 20_000 });
  expect(pressedZoom()).toEqual(before);
}, 60_000);

it('takes the keyboard to the first event after a Retry that works', async () => {
  await saveStory();
  const mend = await openFailedTimeline();
  const retry = screen.getByRole('button', { name: 'Retry' });
  retry.focus();
  mend();
  fireEvent.click(retry);
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 20_000 });
  const main = screen.getByRole('main', { name: 'Everything in the library' });
  const first = (await within(main).findAllByRole('article'))[0]!;
  await waitFor(() => expect(document.activeElement).toBe(first));
  // The keys go on from there.
  press('j');
  await waitFor(() => expect(document.activeElement).toBe(within(main).getAllByRole('article')[1]));
}, 60_000);

it('takes the keyboard to the heading of a timeline with no event after a Retry that works', async () => {
  const mend = await openFailedTimeline();
  const retry = screen.getByRole('button', { name: 'Retry' });
  retry.focus();
  mend();
  fireEvent.click(retry);
  const heading = await screen.findByRole(
    'heading',
    { name: 'Everything in the library', level: 2 },
    { timeout: 20_000 },
  );
  await waitFor(() => expect(document.activeElement).toBe(heading));
}, 60_000);
