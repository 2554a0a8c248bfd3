// @vitest-environment jsdom
// A story's timeline that loaded once and then cannot be read again (after a rename, a merge, an article arriving)
// shows the failure, not the last answer's story: its Rename, Merge and Split belong to a story the app no longer
// knows is there. Its name is the one the sidebar knows now (read again with the stories), not the last answer's.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { failAnswers, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

it('shows the story’s name as the sidebar knows it, not the old answer’s actions, when the story cannot be loaded again', async () => {
  for (const file of ['crane-collapse.html', 'crane-weld.html'])
    await app.savePage(`timeline-story/${file}`, `https://news.example/${file}`);
  await app.core.timeline.idle();
  const stories = await screen.findByRole('navigation', { name: 'Stories' }, { timeout: 20_000 });
  fireEvent.click((await within(stories).findAllByRole('button', { name: /articles?$/ }, { timeout: 20_000 }))[0]!);
  const toolbar = await screen.findByRole('toolbar', { name: 'Story' }, { timeout: 20_000 });
  const heading = document.getElementById('timeline-title')!;
  const oldName = heading.textContent ?? '';
  expect(oldName).not.toBe('Timeline');
  expect(within(toolbar).getByRole('button', { name: /Rename/ })).toBeTruthy();

  failAnswers(app.core, 'timeline.get', 'the stored events could not be read');
  // Another article arrives: the story is read again, and that fails.
  await app.savePage('timeline-story/crane-berth-reopens.html', 'https://news.example/crane-berth-reopens.html');
  await screen.findByRole('alert', {}, { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Story' })).toBeNull());
  const current = within(stories).getByRole('button', { current: 'page' });
  await waitFor(() => expect(heading.textContent).toBe(current.querySelector('.story-name')?.textContent));
  expect(screen.queryByRole('button', { name: /^Rename/ })).toBeNull();
  expect(screen.queryByRole('button', { name: /^Merge with/ })).toBeNull();
}, 60_000);
