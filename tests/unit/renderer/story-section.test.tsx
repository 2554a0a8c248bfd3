// @vitest-environment jsdom
// A story of hundreds of articles (a wire story every outlet carries) listed whole in the reader's margin pushed the
// article's events and its highlights hundreds of lines down (seen on a library of 1,900): the margin lists the
// first few of the story's other articles and the rest on request.
import { fireEvent, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { RELATED_SHOWN } from '../../../renderer/src/components/StorySection.tsx';
import { generateLibrary } from '../../bench/generate-library.ts';
import { renderApp } from './support.tsx';

it('lists the first few of a story’s other articles beside the article, and all nine when asked', async () => {
  // Ten articles to a story, their events stored as saving leaves them.
  const app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 20, 7, { events: true }) });
  try {
    await showsFoldedStory();
  } finally {
    await app.close();
  }
}, 60_000);

async function showsFoldedStory() {
  const views = await screen.findByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^All articles/ }));
  const list = await screen.findByRole('listbox', { name: 'Articles' });
  fireEvent.click((await within(list).findAllByRole('option'))[0]!);

  const story = await screen.findByRole('region', { name: 'Story' }, { timeout: 30_000 });
  await within(story).findByText('9 more articles on it', undefined, { timeout: 30_000 });
  const related = () => story.querySelectorAll('.related-list li').length;
  expect(related()).toBe(RELATED_SHOWN);
  expect(within(story).getByRole('button', { name: /Move to story/ })).toBeTruthy();

  fireEvent.click(within(story).getByRole('button', { name: 'Show all 9 articles' }));
  expect(related()).toBe(9);
  fireEvent.click(within(story).getByRole('button', { name: 'Show the first articles only' }));
  expect(related()).toBe(RELATED_SHOWN);
}
