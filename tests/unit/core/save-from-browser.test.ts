import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, ArticleVersion } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

// The seed article as first published, and as its publisher edited it the next day.
const pages = new URL('../../fixtures/pages/', import.meta.url);
const original = () => readFile(new URL('seed-article.html', pages), 'utf8');
const edited = () => readFile(new URL('seed-article-edited.html', pages), 'utf8');
const address = 'https://worlddesk.example/2025/05/15/kremlin-confirms-putin-skips-turkey-talks/';

let core: Core;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await tempDir();
  dir = temp.dir;
  core = await openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
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

const versionsOf = async (id: string) =>
  (await call<{ versions: ArticleVersion[] }>('article.versions', { id })).versions;
/** Every file of an article's folder with its bytes. */
async function filesOf(id: string): Promise<Record<string, string>> {
  const folder = join(dir, 'articles', id);
  const names = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8')])));
}

const textOf = async (id: string) => (await call<{ text: string }>('article.content', { id })).text;

describe('saving a page from the browser that is already in the library', () => {
  it('adds the changed text as a version and keeps showing the text the reader had', async () => {
    const first = await call<{ id: string }>('article.saveFromBrowser', { html: await original(), url: address });
    const shownBefore = await textOf(first.id);
    const again = await call<Record<string, unknown>>('article.saveFromBrowser', {
      html: await edited(),
      url: address,
    });
    // The sender learns the article's id and the title it sent, nothing of what the library holds.
    expect(Object.keys(again).sort()).toEqual(['id', 'title']);
    expect(again.id).toBe(first.id);

    expect(await textOf(first.id)).toBe(shownBefore);
    const versions = await versionsOf(first.id);
    expect(versions).toHaveLength(2);
    const added = versions.find((version) => !version.current)!;
    const { text } = await call<{ text: string }>('article.version', { id: first.id, versionId: added.versionId });
    expect(text).toContain('Editor’s note');
    expect(text).toContain('Peskov told reporters');
    // Newest first: the version the browser added, though not shown, is the most recent.
    expect(versions[0]!.versionId).toBe(added.versionId);
  });

  it('adds nothing when the page’s text is the one already saved', async () => {
    const first = await call<{ id: string }>('article.saveFromBrowser', { html: await original(), url: address });
    const before = await filesOf(first.id);
    await call('article.saveFromBrowser', { html: await original(), url: address });
    expect(await versionsOf(first.id)).toHaveLength(1);
    expect(await filesOf(first.id)).toEqual(before);
  });

  it('leaves the reader’s highlights where they were on the text shown', async () => {
    const { id } = await call<{ id: string }>('article.saveFromBrowser', { html: await original(), url: address });
    const made = await call<Annotation>('annotations.create', {
      kind: 'highlight',
      articleId: id,
      quote: 'Peskov told CNN',
      color: 'yellow',
    });
    await call('article.saveFromBrowser', { html: await edited(), url: address });
    const { annotations } = await call<{ annotations: Annotation[] }>('annotations.list', { articleId: id });
    const highlight = annotations.find((annotation) => annotation.id === made.id)!;
    expect(highlight.orphaned).toBe(false);
    expect((await textOf(id)).slice(highlight.anchor!.start, highlight.anchor!.end)).toBe('Peskov told CNN');
  });

  it('saves a page it has not seen as a new article', async () => {
    const { id } = await call<{ id: string }>('article.saveFromBrowser', { html: await edited(), url: address });
    expect(await textOf(id)).toContain('Editor’s note');
    expect((await versionsOf(id)).map((version) => version.current)).toEqual([true]);
  });
});
