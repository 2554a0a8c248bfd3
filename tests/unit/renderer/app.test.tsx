// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startServer } from '../../../electron/server/index.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

const press = (key: string, init: KeyboardEventInit = {}) =>
  act(() => {
    fireEvent.keyDown(document.body, { key, ...init });
  });
const options = () => within(screen.getByRole('listbox', { name: 'Articles' })).queryAllByRole('option');

async function listed(title: RegExp) {
  return within(await screen.findByRole('listbox', { name: 'Articles' })).findByRole('option', { name: title });
}

describe('the library window', () => {
  it('offers the sample articles on first run, adds them in one action and removes them undoably', async () => {
    expect(await screen.findByRole('heading', { name: 'Welcome to Annals' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add sample articles' }));
    // Adding the sample reads every article and finds its events: slow on a busy machine.
    const done = await screen.findByText(/^Added \d+ sample articles$/, undefined, { timeout: 60_000 });
    const added = Number(/\d+/.exec(done.textContent ?? '')?.[0]);
    expect(added).toBeGreaterThanOrEqual(5);
    await waitFor(() => expect(options()).toHaveLength(added));

    fireEvent.click(screen.getByRole('button', { name: 'Remove the sample articles' }));
    expect(await screen.findByRole('heading', { name: 'Your library is empty' }, { timeout: 15_000 })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(options()).toHaveLength(added), { timeout: 15_000 });
  }, 120_000);

  it('shows what was saved from elsewhere without a reload', async () => {
    await screen.findByRole('heading', { name: 'Welcome to Annals' });
    await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    const row = await listed(/Kremlin Confirms/);
    expect(row.textContent).toContain('World Desk Daily');
    expect(row.textContent).toContain('May 15, 2025');
    expect(row.textContent).toMatch(/\d+ min read/);
    // The note in the corner names the article saved, not the site it came from.
    const progress = screen.getByRole('status', { name: 'Progress' });
    await waitFor(() => expect(progress.textContent).toMatch(/^Saved “Kremlin Confirms/));
    expect(progress.textContent).not.toContain('worlddesk.example');
  });

  it('archives, deletes and favorites from the keyboard, and undoes each', async () => {
    await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    await app.savePage('publisher-offset.html', 'https://tribune.example/wildfire-bond');
    await waitFor(() => expect(options()).toHaveLength(2));

    const selectFirst = async () => {
      press('Home');
      await waitFor(() => expect(options()[0]!.getAttribute('aria-selected')).toBe('true'));
      return options()[0]!.textContent ?? '';
    };
    const firstTitle = await selectFirst();
    press('a');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(screen.getByText('Archived 1 article')).toBeTruthy();
    press('u');
    await waitFor(() => expect(options()).toHaveLength(2));

    await selectFirst();
    press('Delete');
    await waitFor(() => expect(options()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(options()).toHaveLength(2));

    expect(await selectFirst()).toBe(firstTitle);
    press('f');
    await screen.findByText('Added 1 article to Favorites');
    press('2');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]!.textContent).toContain(firstTitle.slice(0, 20));
    expect(screen.getByRole('heading', { name: 'Favorites' })).toBeTruthy();
  });

  it('tags the selected article from the keyboard with autocomplete, and filters by the tag', async () => {
    await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    await app.savePage('publisher-offset.html', 'https://tribune.example/wildfire-bond');
    await waitFor(() => expect(options()).toHaveLength(2));
    press('Home');
    await waitFor(() => expect(options()[0]!.getAttribute('aria-selected')).toBe('true'));
    press('t');
    let dialog = await screen.findByRole('dialog', { name: 'Tags' });
    const field = within(dialog).getByRole('combobox', { name: 'Add a tag' });
    fireEvent.change(field, { target: { value: 'Wildfires' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await within(dialog).findByText('Wildfires');
    fireEvent.keyDown(dialog, { key: 'Escape' });

    press('End');
    await waitFor(() => expect(options()[1]!.getAttribute('aria-selected')).toBe('true'));
    press('t');
    dialog = await screen.findByRole('dialog', { name: 'Tags' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Add a tag' }), { target: { value: 'wild' } });
    const suggestion = await within(dialog).findByRole('option', { name: /Wildfires/ });
    fireEvent.click(suggestion);
    await within(within(dialog).getByRole('list', { name: 'Current tags' })).findByText('Wildfires');
    fireEvent.keyDown(dialog, { key: 'Escape' });

    const tagNav = await screen.findByRole('navigation', { name: 'Tags' });
    const tagButton = await within(tagNav).findByRole('button', { name: /Wildfires\s*2/ });
    press('u');
    await within(tagNav).findByRole('button', { name: /Wildfires\s*1/ });
    fireEvent.click(tagButton);
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(screen.getByRole('group', { name: /Tagged/ })).toBeTruthy();
  });

  it('puts the search field in focus when asked, not again each time the list comes back', async () => {
    await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    const row = await listed(/Kremlin Confirms/);
    press('/');
    const field = screen.getByRole('searchbox', { name: 'Search the library' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    field.blur();
    fireEvent.click(row);
    await screen.findByRole('main', { name: 'Reader' });
    press('Escape');
    await screen.findByRole('listbox', { name: 'Articles' });
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox', { name: 'Search the library' }));
    // Asked again, from the reader too, it comes.
    fireEvent.click(await listed(/Kremlin Confirms/));
    await screen.findByRole('main', { name: 'Reader' });
    press('/');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search the library' })),
    );
  });

  it('keeps keys typed into the save field out of the shortcuts', async () => {
    await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    await listed(/Kremlin Confirms/);
    const field = screen.getByRole('textbox', { name: 'Save a link' });
    field.focus();
    // A key the shortcuts take is cancelled there and then; these reach the field untouched.
    expect(fireEvent.keyDown(field, { key: 'a' })).toBe(true);
    expect(fireEvent.keyDown(field, { key: 'Delete' })).toBe(true);
    expect(options()).toHaveLength(1);
    expect(screen.queryByText(/Archived|Deleted/)).toBeNull();
  });

  it('lists every command with its shortcut in the palette, filters them, and runs the chosen one', async () => {
    await screen.findByRole('heading', { name: 'Welcome to Annals' });
    press('k', { ctrlKey: true });
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const names = within(palette)
      .getAllByRole('option')
      .map((option) => option.textContent ?? '');
    expect(names.some((name) => name.includes('Keyboard shortcuts') && name.includes('?'))).toBe(true);
    expect(names.some((name) => name.includes('Go to Archive') && name.includes('3'))).toBe(true);
    expect(names.some((name) => name.includes('Theme: Sepia'))).toBe(true);

    fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), { target: { value: 'sepia' } });
    expect(within(palette).getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
    expect(app.settings()).toMatchObject({ reader: { theme: 'sepia' } });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the keyboard help with ? and closes it with Escape', async () => {
    await screen.findByRole('heading', { name: 'Welcome to Annals' });
    press('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of [
      'Next article',
      'Previous article',
      'Archive, or move back to the Inbox',
      'Undo',
      'Command palette',
    ]) {
      expect(help.textContent).toContain(text);
    }
    fireEvent.keyDown(help, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('gives a bookmarklet holding no token, connects a browser, renews the save token and the address', async () => {
    await app.close();
    const started: RunningServer[] = [];
    app = await renderApp({
      beforeRender: async (core) => {
        started.push(await startServer({ core, staticDir: '.' }));
      },
    });
    const running = started[0]!;
    try {
      await screen.findByRole('heading', { name: 'Welcome to Annals' });
      press(',');
      const settings = await screen.findByRole('dialog', { name: 'Settings' });
      const link = await within(settings).findByRole('link', { name: 'Save to Annals' });
      await waitFor(() => expect(link.getAttribute('href')).toMatch(/^javascript:/));
      // The bookmarklet runs in the page being saved: it opens Annals' save window and holds no token.
      const code = decodeURIComponent(link.getAttribute('href') ?? '');
      expect(code).toContain(`const o="${running.origin}"`);
      expect(code).toContain("window.open(o+'/save'");
      expect(code).not.toContain(running.saveToken);
      const connect = within(settings).getByRole('link', { name: 'Connect this browser' });
      expect(connect.getAttribute('href')).toBe(`${running.origin}/save/connect?token=${running.saveToken}`);

      const oldSaveToken = running.saveToken;
      fireEvent.click(within(settings).getByRole('button', { name: 'Renew the save token' }));
      expect(await screen.findByText(/connect your browsers again/)).toBeTruthy();
      expect(running.saveToken).not.toBe(oldSaveToken);
      await waitFor(() =>
        expect(connect.getAttribute('href')).toBe(`${running.origin}/save/connect?token=${running.saveToken}`),
      );

      const before = running.token;
      fireEvent.click(within(settings).getByRole('button', { name: 'New address' }));
      const renewed = await within(settings).findByText(/^The new address:/);
      expect(running.token).not.toBe(before);
      expect(renewed.textContent).toContain(`${running.origin}/?token=${running.token}`);
    } finally {
      await running.close();
    }
  });
});

describe('the reader', () => {
  it('shows the article in a frame that cannot run scripts, with its facts, and marks it read', async () => {
    const saved = await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    fireEvent.click(await listed(/Kremlin Confirms/));
    const reader = await screen.findByRole('main', { name: 'Reader' });
    expect((await within(reader).findByRole('heading', { level: 1 })).textContent).toContain('Kremlin Confirms');
    expect(reader.textContent).toContain('Staff Reporter');
    expect(reader.textContent).toContain('May 15, 2025');
    const frame = (await within(reader).findByTitle('Article text')) as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    const doc = frame.getAttribute('srcdoc') ?? '';
    expect(doc).toContain('Content-Security-Policy');
    expect(doc).toContain('ready for serious work');
    expect(doc).not.toMatch(/<script/i);
    // Its image could not be fetched when it was saved (no network here): reading never goes to fetch it.
    expect(doc).not.toContain('istanbul-talks.png');
    // Opening it read it.
    await waitFor(async () => {
      const envelope = await app.core.dispatch('article.get', { id: saved.id });
      expect(envelope.ok && (envelope.value as { state: string }).state).toBe('read');
    });
    press('Escape');
    await screen.findByRole('listbox', { name: 'Articles' });
  });

  it('shows stored images from the library, never from the web', async () => {
    await app.core.dispatch('sample.install', {});
    fireEvent.click(await listed(/Old Mill Bridge closed/));
    const reader = await screen.findByRole('main', { name: 'Reader' });
    const frame = (await within(reader).findByTitle('Article text')) as HTMLIFrameElement;
    const images = [...(frame.getAttribute('srcdoc') ?? '').matchAll(/<img[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) expect(src).toMatch(/^https:\/\/assets\.test\/[a-z0-9]+\/assets\/[a-f0-9]{64}\.svg$/);
  });

  it('opens a link in a highlight’s note outside the app, never in place of it', async () => {
    const saved = await app.savePage('seed-article.html', 'https://worlddesk.example/news/talks');
    await app.core.dispatch('annotations.create', {
      kind: 'highlight',
      articleId: saved.id,
      quote: 'ready for serious work',
      note: 'See [the minutes](https://council.example/minutes)',
    });
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    fireEvent.click(await listed(/Kremlin Confirms/));
    const notes = await screen.findByRole('complementary', { name: 'Highlights and notes' });
    const link = await within(notes).findByRole('link', { name: 'the minutes' });
    // fireEvent answers false when the app cancelled the click: the browser then stays on Annals.
    expect(fireEvent.click(link)).toBe(false);
    expect(opened).toHaveBeenCalledWith('https://council.example/minutes', '_blank', 'noopener,noreferrer');
    opened.mockRestore();
  });
});
