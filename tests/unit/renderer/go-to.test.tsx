// @vitest-environment jsdom
// With 45 tags and 36 feeds the Tags section sits far below Stories and Feeds. "Go to tag…" and "Go to feed…"
// in the command palette find one by typing part of its name, as Obsidian's quick switcher finds a note.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/index.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { failAnswers, holdAnswers, type RenderedApp, renderApp, runFromPalette } from './support.tsx';

let app: RenderedApp | null = null;
let feedServer: Server | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  await new Promise<void>((resolve) => (feedServer ? feedServer.close(() => resolve()) : resolve()));
  feedServer = null;
});

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>${title} reports</title><guid>${title}-1</guid><description>&lt;p&gt;A report of the harbour council's meeting, long enough to be an article of its own in the list.&lt;/p&gt;</description></item></channel></rss>`;

/** Two feeds on a local server ("Harbour Courier", "Metro Wire") and two tags on the generated articles. */
async function feedsAndTags(core: Core) {
  feedServer = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    response.end(rss(request.url === '/metro.xml' ? 'Metro Wire' : 'Harbour Courier'));
  });
  await new Promise<void>((resolve) => feedServer!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  const call = async (method: string, input: unknown) => {
    const envelope = await core.dispatch(method, input);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as { articles: { id: string }[] };
  };
  await call('feeds.add', { url: `${base}/harbour.xml`, allowPrivateNetwork: true });
  await call('feeds.add', { url: `${base}/metro.xml`, allowPrivateNetwork: true });
  const { articles } = await call('library.list', { view: 'all' });
  await call('article.tag', { ids: [articles[0]!.id, articles[1]!.id], add: ['courts and justice'] });
  await call('article.tag', { ids: [articles[2]!.id], add: ['housing'] });
}

/** Runs a command from the palette, having checked the palette lists it under Library. */
async function runListedCommand(command: string) {
  act(() => {
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  });
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), { target: { value: command } });
  expect(
    within(palette)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toContain(`${command}Library`);
  fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
}

it('goes to a tag found by typing part of its name, from the palette', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 12), beforeRender: feedsAndTags });
  await screen.findByRole('listbox', { name: 'Articles' });
  const views = screen.getByRole('navigation', { name: 'Library views' });
  fireEvent.click(within(views).getByRole('button', { name: /^Archive/ }));
  await screen.findByRole('heading', { level: 2, name: 'Archive' });
  await runListedCommand('Go to tag…');
  const dialog = await screen.findByRole('dialog', { name: 'Go to tag' });
  const field = within(dialog).getByRole('combobox', { name: 'Type a tag’s name' });
  await within(dialog).findByRole('option', { name: /^housing/ });
  fireEvent.change(field, { target: { value: 'just' } });
  expect(
    within(dialog)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['courts and justice2 articles']);
  fireEvent.keyDown(field, { key: 'Enter' });

  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Go to tag' })).toBeNull());
  // All of the tag's articles, as many as the picker said, whatever view the reader was in.
  await screen.findByRole('heading', { level: 2, name: 'All articles' });
  const filter = await screen.findByRole('group', { name: 'Tagged' });
  expect(within(filter).getByRole('button', { name: 'Stop filtering by courts and justice' })).toBeTruthy();
  await waitFor(() =>
    expect(within(screen.getByRole('listbox', { name: 'Articles' })).getAllByRole('option')).toHaveLength(2),
  );
}, 60_000);

it('goes to a feed found by typing, choosing among matches with the arrow keys', async () => {
  app = await renderApp({ beforeOpen: (dir) => generateLibrary(dir, 12), beforeRender: feedsAndTags });
  await screen.findByRole('listbox', { name: 'Articles' });
  await runListedCommand('Go to feed…');
  const dialog = await screen.findByRole('dialog', { name: 'Go to feed' });
  const field = within(dialog).getByRole('combobox', { name: 'Type a feed’s name' });
  await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(2));
  fireEvent.change(field, { target: { value: 'r' } });
  const options = within(dialog).getAllByRole('option');
  const metro = options.find((option) => option.textContent?.startsWith('Metro Wire'))!;
  while (field.getAttribute('aria-activedescendant') !== metro.id) fireEvent.keyDown(field, { key: 'ArrowDown' });
  fireEvent.keyDown(field, { key: 'Enter' });

  await screen.findByRole('heading', { level: 2, name: 'Metro Wire' });
  await runFromPalette('go to feed');
  const again = await screen.findByRole('dialog', { name: 'Go to feed' });
  fireEvent.change(within(again).getByRole('combobox'), { target: { value: 'nothing like it' } });
  expect(within(again).getByText('No feed has “nothing like it” in its name.')).toBeTruthy();
}, 60_000);

it('says the tags are loading while they are, never that there is none, then lists them', async () => {
  let release = () => {};
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 12),
    beforeRender: async (core) => {
      await feedsAndTags(core);
      release = holdAnswers(core, 'tags.list');
    },
  });
  await screen.findByRole('listbox', { name: 'Articles' });
  await runListedCommand('Go to tag…');
  const dialog = await screen.findByRole('dialog', { name: 'Go to tag' });
  expect(within(dialog).getByRole('status').textContent).toBe('Loading the tags…');
  expect(within(dialog).getByRole('listbox', { name: 'Tags' }).getAttribute('aria-busy')).toBe('true');
  expect(within(dialog).queryByText(/no tag/i)).toBeNull();
  release();
  await within(dialog).findByRole('option', { name: /^housing/ });
  expect(within(dialog).queryByRole('status')).toBeNull();
}, 60_000);

it('tells a library with no tag how to make one, and one with no feed how to follow one', async () => {
  app = await renderApp();
  await app.savePage('seed-article.html', 'https://news.example/dam-gate');
  await screen.findByRole('listbox', { name: 'Articles' });
  await runListedCommand('Go to tag…');
  const tags = await screen.findByRole('dialog', { name: 'Go to tag' });
  await waitFor(() =>
    expect(within(tags).getByRole('status').textContent).toBe(
      'No tags yet. Open an article and press T to tag it; its tags are listed here.',
    ),
  );
  fireEvent.keyDown(within(tags).getByRole('combobox'), { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Go to tag' })).toBeNull());

  await runListedCommand('Go to feed…');
  const feeds = await screen.findByRole('dialog', { name: 'Go to feed' });
  await waitFor(() => expect(within(feeds).getByRole('status').textContent).toMatch(/^You follow no feed yet\./));
  fireEvent.click(within(feeds).getByRole('button', { name: 'Follow a feed…' }));
  await screen.findByRole('dialog', { name: 'Follow a feed' });
}, 60_000);

it('says in a plain sentence why the feeds could not be loaded, and lists them after Retry', async () => {
  let mend = () => {};
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 12),
    beforeRender: async (core) => {
      await feedsAndTags(core);
      mend = failAnswers(core, 'feeds.list', 'Annals is not running: the page lost its connection to the app.');
    },
  });
  await screen.findByRole('listbox', { name: 'Articles' });
  await runListedCommand('Go to feed…');
  const dialog = await screen.findByRole('dialog', { name: 'Go to feed' });
  const status = await within(dialog).findByRole('status');
  await waitFor(() =>
    expect(status.textContent).toBe(
      'The feeds could not be loaded. Annals is not running: the page lost its connection to the app. Retry',
    ),
  );
  mend();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(2));
}, 60_000);

it('ends the failure’s reason with a full stop and a capital when the core’s message has neither', async () => {
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 12),
    beforeRender: async (core) => {
      failAnswers(core, 'tags.list', 'the library index could not be read');
    },
  });
  await screen.findByRole('listbox', { name: 'Articles' });
  await runListedCommand('Go to tag…');
  const dialog = await screen.findByRole('dialog', { name: 'Go to tag' });
  await waitFor(() =>
    expect(within(dialog).getByRole('status').textContent).toBe(
      'The tags could not be loaded. The library index could not be read. Retry',
    ),
  );
}, 60_000);

it('says in plain sentences why the article list could not be loaded, and lists it after Retry', async () => {
  let mend = () => {};
  app = await renderApp({
    beforeOpen: (dir) => generateLibrary(dir, 4),
    beforeRender: async (core) => {
      mend = failAnswers(core, 'library.list', 'the library index could not be read');
    },
  });
  const alert = await screen.findByRole('alert');
  await waitFor(() =>
    expect(alert.textContent).toBe('The list could not be loaded. The library index could not be read.'),
  );
  mend();
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  await screen.findByRole('listbox', { name: 'Articles' });
}, 60_000);
