import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

// An article as an earlier Annals (library format 1) left it: article.json, its text, a highlight.
const id = 'oldarticle01';
const text = 'Harbour talks resume on Monday.\n\nThe port authority and the union met for six hours.';
const html = '<p>Harbour talks resume on Monday.</p><p>The port authority and the union met for six hours.</p>';
const article = {
  id,
  url: 'https://news.example/harbour-talks',
  canonicalUrl: null,
  sourceUrl: 'https://news.example/harbour-talks',
  title: 'Harbour talks resume',
  siteName: 'News Example',
  byline: 'A. Reporter',
  excerpt: 'Harbour talks resume on Monday.',
  publishedAt: '2024-03-04T09:00:00+01:00',
  savedAt: '2024-03-04T10:00:00.000Z',
  updatedAt: '2024-03-05T10:00:00.000Z',
  state: 'archived',
  favorite: true,
  tags: ['port'],
  wordCount: 15,
  readingMinutes: 1,
  progress: 0.4,
  leadImage: null,
  lang: 'en',
  sample: false,
  annotationCount: 1,
  feedId: null,
  readAt: null,
  archivedAt: '2024-03-05T10:00:00.000Z',
  scrollAnchor: null,
  assets: [],
  schema: 1,
};
const highlight = {
  id: 'hlone01',
  articleId: id,
  kind: 'highlight',
  anchor: { exact: 'six hours', prefix: 'met for ', suffix: '.', start: 75, end: 84 },
  orphaned: false,
  color: 'green',
  note: 'long meeting',
  tags: [],
  created: '2024-03-05T10:00:00.000Z',
  modified: '2024-03-05T10:00:00.000Z',
};

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A format-1 library of one article, opened once so its index knows the article, then closed. */
async function formatOneLibrary(): Promise<string> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  const folder = join(temp.dir, 'articles', id);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'article.json'), JSON.stringify(article, null, 2));
  await writeFile(join(folder, 'content.html'), html);
  await writeFile(join(folder, 'text.txt'), text);
  await writeFile(join(folder, 'annotations.json'), JSON.stringify({ schema: 1, annotations: [highlight] }, null, 2));
  const library = await Library.open(temp.dir, { device: testDevice });
  expect(library.summary(id).title).toBe('Harbour talks resume');
  await library.close();
  return temp.dir;
}

async function open(dir: string): Promise<Library> {
  const library = await Library.open(dir, { device: testDevice });
  cleanups.push(() => library.close());
  return library;
}

const corruptFiles = (dir: string) => readdir(join(dir, 'corrupt')).catch(() => [] as string[]);

describe('an article whose article.json went missing', () => {
  it('is rebuilt from the index and the files that are there, moving nothing, and the reader is told', async () => {
    const dir = await formatOneLibrary();
    await rm(join(dir, 'articles', id, 'article.json'));
    const library = await open(dir);
    const rebuilt = await library.get(id);
    expect(rebuilt).toMatchObject({
      title: 'Harbour talks resume',
      url: 'https://news.example/harbour-talks',
      state: 'archived',
      favorite: true,
      tags: ['port'],
      progress: 0.4,
      siteName: 'News Example',
    });
    expect((await library.content(id)).text).toBe(text);
    const merged = await library.merged(id);
    expect(merged?.annotations.map((annotation) => annotation.note)).toEqual(['long meeting']);
    expect(library.recovered.join(' ')).toMatch(
      /“Harbour talks resume” had lost its record.*1 highlight.*Nothing was moved/,
    );
    expect(await corruptFiles(dir)).toEqual([]);
    expect(await readdir(join(dir, 'articles', id))).toEqual(
      expect.arrayContaining(['content.html', 'text.txt', 'annotations.json']),
    );
  });

  it('stays rebuilt after the library is opened again', async () => {
    const dir = await formatOneLibrary();
    await rm(join(dir, 'articles', id, 'article.json'));
    await (await open(dir)).get(id);
    await cleanups.pop()!();
    const again = await open(dir);
    expect(again.summary(id)).toMatchObject({ title: 'Harbour talks resume', state: 'archived', tags: ['port'] });
    expect((await again.content(id)).text).toBe(text);
  });

  it('is rebuilt from its text when the index lost it too, titled by its first line', async () => {
    const dir = await formatOneLibrary();
    await rm(join(dir, 'articles', id, 'article.json'));
    await rm(join(dir, '.annals', testDevice.id, 'library.json'));
    await rm(join(dir, '.annals', testDevice.id, 'library.journal'), { force: true });
    const library = await open(dir);
    expect(library.summary(id).title).toBe('Harbour talks resume on Monday.');
    expect((await library.content(id)).text).toBe(text);
    expect(library.recovered.join(' ')).toMatch(/the index did not know it/);
    expect(await corruptFiles(dir)).toEqual([]);
  });

  it('keeps an article whose text.txt went with it, reading its text from content.html', async () => {
    const dir = await formatOneLibrary();
    await rm(join(dir, 'articles', id, 'article.json'));
    await rm(join(dir, 'articles', id, 'text.txt'));
    const library = await open(dir);
    expect((await library.get(id)).title).toBe('Harbour talks resume');
    expect((await library.content(id)).text).toBe(text);
    expect(await corruptFiles(dir)).toEqual([]);
  });
});
