import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { decodeIndex } from '../../../electron/core/search/index-codec.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const temp = await tempDir();
  let stored: unknown = {};
  core = await openCore({
    libraryDir: temp.dir,
    device: testDevice,
    settings: { read: () => stored, write: (next) => (stored = next) },
    shell: 'test',
    version: '0.0.0',
    assetsDir: new URL('../../../assets/', import.meta.url).pathname,
  });
  cleanup = async () => {
    await core.close();
    await temp.cleanup();
  };
});
afterEach(() => cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

const search = async (query: string) =>
  (await call<{ results: { id: string }[] }>('search.query', { query, limit: 500 })).results.map((r) => r.id).sort();

/** The slow, obvious answer: every article whose title or text holds every word. */
async function bruteForce(words: string[], filter: (article: ArticleSummary) => boolean = () => true) {
  const { articles } = await call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
  const ids: string[] = [];
  for (const article of articles) {
    const { text } = await call<{ text: string }>('article.content', { id: article.id });
    const tokens = new Set(`${article.title} ${text}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    if (filter(article) && words.every((word) => tokens.has(word))) ids.push(article.id);
  }
  return ids.sort();
}

describe('search stays consistent with the library', () => {
  it('matches a brute-force scan after adds, tags, highlights, state changes and deletes', async () => {
    await call('sample.install', {});
    const queries = [['bridge'], ['dam', 'spillway'], ['frogs'], ['contract', 'steinholt']];
    const exactly = async (words: string[]) => {
      // Whole words only for the comparison: prefix and typo matching may find more, never less.
      const found = await search(words.join(' '));
      const expected = await bruteForce(words);
      expect(found).toEqual(expect.arrayContaining(expected));
      return { found, expected };
    };
    for (const words of queries) await exactly(words);

    const { articles } = await call<{ articles: ArticleSummary[] }>('library.list', { view: 'all' });
    const frogs = articles.find((article) => article.title.startsWith('Frogs'))!;
    await call('article.tag', { ids: [frogs.id], add: ['ecology'] });
    expect(await search('tag:ecology')).toEqual([frogs.id]);
    await call('annotations.create', {
      kind: 'highlight',
      articleId: frogs.id,
      quote: 'streetlight',
      note: 'zebrafinch',
    });
    expect(await search('zebrafinch')).toEqual([frogs.id]);
    expect(await search('has:highlights')).toEqual([frogs.id]);
    await call('article.update', { ids: [frogs.id], patch: { state: 'archived' } });
    expect(await search('is:archived')).toEqual([frogs.id]);
    expect(await search('frogs -is:archived')).toEqual([]);
    expect(await search('frogs -tag:ecology')).toEqual([]);
    expect(await search('frogs -tag:politics')).toEqual([frogs.id]);

    await call('article.delete', { ids: [frogs.id] });
    expect(await search('frogs')).toEqual([]);
    expect(await search('zebrafinch')).toEqual([]);
    await call('article.undelete', { ids: [frogs.id] });
    expect(await search('frogs')).toEqual([frogs.id]);
    for (const words of queries) await exactly(words);
  });

  it('ranks a title hit above a body hit', async () => {
    await call('sample.install', {});
    const { results } = await call<{ results: { title: string }[] }>('search.query', { query: 'ferry' });
    expect(results[0]!.title).toMatch(/ferry/i);
    expect(results.length).toBeGreaterThan(1);
  });

  it('answers a bad query with a BAD_INPUT envelope naming the problem', async () => {
    const envelope = await core.dispatch('search.query', { query: 'before:soon' });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'before:soon is not a date; write it as 2025, 2025-05 or 2025-05-16.' },
    });
  });
});

describe('the saved search index', () => {
  it('is saved, reloaded, repaired after changes it missed, and rebuilt when damaged', async () => {
    const { mkdir, writeFile, readFile, readdir } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { Library } = await import('../../../electron/core/library/library.ts');
    const temp = await tempDir();
    const open = () =>
      openCore({
        libraryDir: temp.dir,
        device: testDevice,
        settings: { read: () => ({}), write: () => {} },
        shell: 'test',
        version: '0.0.0',
        assetsDir: new URL('../../../assets/', import.meta.url).pathname,
      });
    // This device's own, never synced; a format-1 library kept its index at the top, where syncing carries it.
    const indexFile = join(temp.dir, '.annals', testDevice.id, 'search', 'index.bin');
    try {
      await mkdir(join(temp.dir, 'search'), { recursive: true });
      await writeFile(join(temp.dir, 'search', 'index.bin'), 'an index of format 1');
      let first = await open();
      await first.dispatch('sample.install', {});
      const found = await first.dispatch('search.query', { query: 'spillway' });
      expect(found.ok).toBe(true);
      await first.close();
      expect(await readdir(temp.dir)).not.toContain('search');
      const saved = decodeIndex(await readFile(indexFile));
      expect(saved.fingerprints.size).toBeGreaterThanOrEqual(5);
      expect([...saved.articles].map((article) => article.id).sort()).toEqual([...saved.fingerprints.keys()].sort());

      // A change the index never heard of, as after a crash between the two writes.
      const library = await Library.open(temp.dir, { device: testDevice });
      const frogs = library.list('all', 'saved').find((article) => article.title.startsWith('Frogs'))!;
      await library.tag([frogs.id], ['amphibians'], []);
      await library.close();

      first = await open();
      const repaired = await first.dispatch('search.query', { query: 'tag:amphibians' });
      expect(repaired).toMatchObject({ ok: true, value: { results: [{ id: frogs.id }] } });
      await first.close();

      // Cut short, as by a disk that filled up under an older, non-atomic writer.
      const whole = await readFile(indexFile);
      await writeFile(indexFile, whole.subarray(0, whole.length - 10));
      const rebuilt = await open();
      const again = await rebuilt.dispatch('search.query', { query: 'frogs' });
      expect(again).toMatchObject({ ok: true, value: { results: [{ id: frogs.id }] } });
      const info = await rebuilt.dispatch('app.info', {});
      expect(JSON.stringify(info)).toMatch(/search index was damaged \(the file is cut short\)/);
      expect(await readdir(join(temp.dir, 'corrupt'))).toEqual([expect.stringMatching(/search__index\.bin$/)]);
      await rebuilt.close();
    } finally {
      await temp.cleanup();
    }
  });
});
