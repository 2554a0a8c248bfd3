// @vitest-environment jsdom
// While a view could not be loaded, what cannot work until it loads is not offered, and Retry shows that it is
// working until the core has answered: the banner stays until then, so nothing flickers or jumps meanwhile.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { failAnswers, holdAnswers, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

/** How often the core is asked `method` from now on. */
function countAnswers(method: string): () => number {
  let count = 0;
  const dispatch = app.core.dispatch.bind(app.core);
  app.core.dispatch = (name, input) => {
    if (name === method) count += 1;
    return dispatch(name, input);
  };
  return () => count;
}

async function openFailedTimeline(): Promise<{ alert: HTMLElement; mend: () => void }> {
  const mend = failAnswers(app.core, 'timeline.get', 'the stored events could not be read');
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: 'Timeline' }));
  return { alert: await screen.findByRole('alert'), mend };
}

it('offers neither Export, zoom nor lanes while the timeline could not be loaded', async () => {
  const { mend } = await openFailedTimeline();
  const toolbar = screen.getByRole('toolbar', { name: 'Timeline' });
  for (const control of [
    within(toolbar).getByRole('button', { name: 'Export' }),
    within(toolbar).getByRole('button', { name: 'Years' }),
    within(toolbar).getByRole('button', { name: 'Zoom out' }),
    within(toolbar).getByRole('button', { name: 'By story' }),
  ]) {
    // :disabled, as a disabled fieldset disables what it holds without setting each one's property.
    expect(control.matches(':disabled'), control.textContent ?? '').toBe(true);
  }
  mend();
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 20_000 });
}, 60_000);

it('shows Retry at work, busy and not pressable, with the banner kept until the core answers', async () => {
  const { alert, mend } = await openFailedTimeline();
  mend();
  const release = holdAnswers(app.core, 'timeline.get');
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  const retrying = await screen.findByRole('button', { name: 'Retrying…' });
  expect(retrying.getAttribute('aria-busy')).toBe('true');
  // aria-disabled, not disabled: the keyboard focus stays on it. A second press asks nothing more.
  expect(retrying.getAttribute('aria-disabled')).toBe('true');
  const asked = countAnswers('timeline.get');
  fireEvent.click(retrying);
  expect(asked()).toBe(0);
  expect(screen.getByRole('alert')).toBe(alert);
  release();
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 20_000 });
}, 60_000);

it('gives Retry back when the retry fails again, and keeps the banner', async () => {
  const { alert } = await openFailedTimeline();
  const release = holdAnswers(app.core, 'timeline.get');
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  await screen.findByRole('button', { name: 'Retrying…' });
  release();
  const retry = await screen.findByRole('button', { name: 'Retry' });
  expect(retry.getAttribute('aria-disabled')).not.toBe('true');
  expect(retry.getAttribute('aria-busy')).not.toBe('true');
  expect(screen.getByRole('alert')).toBe(alert);
}, 60_000);

it('says the failure once: Retry at work changes nothing in the alert, so it is not read again', async () => {
  const { alert } = await openFailedTimeline();
  const said = alert.textContent;
  expect(said).toBe('The timeline could not be loaded. The stored events could not be read.');
  const release = holdAnswers(app.core, 'timeline.get');
  const changes: MutationRecord[] = [];
  const watcher = new MutationObserver((records) => changes.push(...records));
  watcher.observe(alert, { subtree: true, childList: true, characterData: true });
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  await screen.findByRole('button', { name: 'Retrying…' });
  release();
  await screen.findByRole('button', { name: 'Retry' });
  watcher.disconnect();
  expect(changes).toEqual([]);
  expect(screen.getByRole('alert')).toBe(alert);
  expect(alert.textContent).toBe(said);
}, 60_000);

it('shows the Highlights filters from the start, not usable until the highlights are loaded', async () => {
  const article = await app.savePage('seed-article.html', 'https://worlddesk.example/2025/05/15/kremlin-confirms/');
  const made = await app.core.dispatch('annotations.create', {
    articleId: article.id,
    kind: 'highlight',
    range: { start: 0, end: 20 },
  });
  expect(made.ok).toBe(true);
  const release = holdAnswers(app.core, 'annotations.list');
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^Highlights/ }));
  const pane = await screen.findByRole('main', { name: 'Highlights and notes' });
  await within(pane).findByRole('status');
  const search = within(pane).getByRole('searchbox', { name: 'Search highlights and notes' });
  expect(search).toHaveProperty('disabled', true);
  expect(within(pane).getByRole('combobox', { name: 'Tag' })).toHaveProperty('disabled', true);
  release();
  await waitFor(() => expect(search).toHaveProperty('disabled', false));
  expect(within(pane).getByRole('combobox', { name: 'Article' })).toHaveProperty('disabled', false);
}, 60_000);
