import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary, EventName } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
const seedPage = readFileSync(new URL('../../fixtures/pages/seed-article.html', import.meta.url), 'utf8');

let core: Core;
let stored: unknown = {};
let cleanup: () => Promise<void>;
const events: [EventName, unknown][] = [];

beforeEach(async () => {
  const temp = await tempDir();
  stored = {};
  events.length = 0;
  core = await openCore({
    libraryDir: temp.dir,
    device: testDevice,
    settings: { read: () => stored, write: (settings) => (stored = settings) },
    shell: 'test',
    version: '1.2.3',
    assetsDir,
    validateOutput: true,
  });
  core.onEvent((name, payload) => events.push([name, payload]));
  cleanup = async () => {
    await core.close();
    await temp.cleanup();
  };
});
afterEach(() => cleanup());

async function value<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

describe('the core behind every shell', () => {
  it('offers a sample library that tells a story across articles and can be removed in one action', async () => {
    const { added } = await value<{ added: number }>('sample.install', {});
    expect(added).toBeGreaterThanOrEqual(5);
    const { articles } = await value<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    expect(articles).toHaveLength(added);
    expect(articles.every((article) => article.sample && article.wordCount > 150)).toBe(true);
    expect(new Set(articles.map((article) => article.siteName)).size).toBeGreaterThan(1);
    expect((await value<{ sampleInstalled: boolean }>('app.info', {})).sampleInstalled).toBe(true);
    expect((await value<{ sampleOffered: boolean }>('settings.get', {})).sampleOffered).toBe(true);

    const { removed } = await value<{ removed: number }>('sample.remove', {});
    expect(removed).toBe(added);
    expect((await value<{ total: number }>('library.list', { view: 'all' })).total).toBe(0);
    // Removal is undoable like any delete.
    await value('article.undelete', { ids: articles.map((article) => article.id) });
    expect((await value<{ total: number }>('library.list', { view: 'all' })).total).toBe(added);
  });

  it('counts the unread articles of the Inbox, Favorites and the whole library', async () => {
    const { added } = await value<{ added: number }>('sample.install', {});
    const unread = async () => (await value<{ unread: Record<string, number> }>('app.info', {})).unread;
    expect(await unread()).toEqual({ inbox: added, favorites: 0, all: added });
    const { articles } = await value<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    const [first, second, third] = articles.map((article) => article.id);
    await value('article.update', { ids: [first], patch: { state: 'read' } });
    await value('article.update', { ids: [second], patch: { state: 'archived' } });
    await value('article.update', { ids: [first, third], patch: { favorite: true } });
    expect(await unread()).toEqual({ inbox: added - 2, favorites: 1, all: added - 2 });
  });

  it('keeps every valid setting and fills the rest with defaults', async () => {
    const next = await value<{ reader: { theme: string; fontSize: number } }>('settings.set', {
      reader: { theme: 'sepia' },
    });
    expect(next.reader).toMatchObject({ theme: 'sepia', fontSize: 19 });
    expect(stored).toMatchObject({ reader: { theme: 'sepia' } });
    expect(events.some(([name]) => name === 'settingsChanged')).toBe(true);
  });

  it('reports progress while saving and a readable failure when the page is no article', async () => {
    const failed = await core.dispatch('article.saveHtml', { html: '<html><body><nav>Home</nav></body></html>' });
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'NOT_AN_ARTICLE',
        message: 'No article text found on that page: its only text is too short to be an article',
      },
    });
    const progress = events.filter(([name]) => name === 'progress').map(([, payload]) => payload as { state: string });
    expect(progress.at(-1)).toMatchObject({
      state: 'failed',
      message: 'No article text found on that page: its only text is too short to be an article',
    });
    expect((await value<{ total: number }>('library.list', { view: 'all' })).total).toBe(0);
  });

  it('names the article it is saving by its title once the page is read, and says whether it was new', async () => {
    type Progress = { label: string; state: string; message?: string };
    const progressOf = () => events.filter(([name]) => name === 'progress').map(([, payload]) => payload as Progress);
    const save = () =>
      value('article.saveHtml', {
        html: seedPage,
        url: 'https://news.example/world/talks.html',
        fileName: 'talks.html',
      });
    await save();
    const first = progressOf();
    expect(first[0]).toMatchObject({ label: 'Saving talks.html', state: 'running' });
    expect(first.at(-1)).toMatchObject({ label: expect.stringMatching(/^Saving “Kremlin Confirms/), state: 'done' });
    expect(first.at(-1)?.message).toMatch(/^Saved “Kremlin Confirms/);
    events.length = 0;
    await save();
    expect(progressOf().at(-1)?.message).toMatch(/^Updated “Kremlin Confirms/);
  });

  it('refuses addresses that are not http or https, naming the problem', async () => {
    const envelope = await core.dispatch('article.saveUrl', { url: 'javascript:alert(1)' });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Only http and https addresses can be saved' },
    });
  });
});
