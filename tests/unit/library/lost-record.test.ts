import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { formatOneId, formatOneText, writeFormatOneArticle } from '../helpers/format-one.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const id = formatOneId;
const text = formatOneText;

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A format-1 library of one article, opened once so its index knows the article, then closed. */
async function formatOneLibrary(): Promise<string> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  await writeFormatOneArticle(temp.dir);
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
    expect(merged?.annotations.map((annotation) => annotation.note).sort()).toEqual(['long meeting', 'the talks']);
    expect(library.recovered.join(' ')).toMatch(
      /“Harbour talks resume” had lost its record.*2 highlights.*Nothing was moved/,
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
