// @vitest-environment jsdom
// A story's timeline can take seconds to load on a big library, and can fail: the heading says the story's name as
// the sidebar already knows it, not "Timeline", while it loads and after it failed.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { failAnswers, holdAnswers, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
  for (const file of ['crane-collapse.html', 'crane-weld.html'])
    await app.savePage(`timeline-story/${file}`, `https://news.example/${file}`);
  await app.core.timeline.idle();
});
afterEach(() => app.close());

/** The first story in the sidebar, and the name it shows. */
async function firstStory(): Promise<{ button: HTMLElement; name: string }> {
  const stories = await screen.findByRole('navigation', { name: 'Stories' }, { timeout: 20_000 });
  const button = (await within(stories).findAllByRole('button', { name: /articles?$/ }, { timeout: 20_000 }))[0]!;
  return { button, name: button.querySelector('.story-name')?.textContent ?? '' };
}

it('names the story in the heading while its timeline loads', async () => {
  const { button, name } = await firstStory();
  expect(name).not.toBe('');
  const release = holdAnswers(app.core, 'timeline.get');
  fireEvent.click(button);
  await screen.findByText(/^Loading the timeline/);
  expect(document.getElementById('timeline-title')?.textContent).toBe(name);
  release();
}, 60_000);

it('names the story in the heading when its timeline could not be loaded', async () => {
  const { button, name } = await firstStory();
  failAnswers(app.core, 'timeline.get', 'the stored events could not be read');
  fireEvent.click(button);
  await screen.findByRole('alert', {}, { timeout: 20_000 });
  await waitFor(() => expect(document.getElementById('timeline-title')?.textContent).toBe(name));
  expect(screen.queryByRole('toolbar', { name: 'Story' })).toBeNull();
}, 60_000);
