// The index (library.json) is read an article at a time as it streams from disk, and held compactly:
// every shape an Annals version writes opens as it was, and summaries sharing their strings and empty
// tag lists still change one at a time.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function savedLibrary(count: number) {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  const library = await Library.open(temp.dir, { device: testDevice });
  const ids: string[] = [];
  for (let n = 1; n <= count; n++)
    ids.push((await library.save(extractedArticle(n), { loadImage: noImages })).article.id);
  return { dir: temp.dir, library, ids };
}

async function open(dir: string) {
  const library = await Library.open(dir, { device: testDevice });
  cleanups.push(() => library.close());
  return library;
}

describe('the library index on disk', () => {
  it('opens an index written pretty-printed, its signatures first, with every article as it was', async () => {
    const { dir, library, ids } = await savedLibrary(3);
    await library.update([ids[0]!], { favorite: true });
    await library.tag([ids[1]!], ['harbour', 'council'], []);
    await library.close();
    const file = join(dir, '.annals', testDevice.id, 'library.json');
    const index = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const { signatures, articles, schema } = index;
    await writeFile(file, JSON.stringify({ signatures, articles, schema }, null, 2));
    const reopened = await open(dir);
    expect(reopened.recovered).toEqual([]);
    expect(reopened.size).toBe(3);
    expect(reopened.summary(ids[0]!).favorite).toBe(true);
    expect(reopened.summary(ids[1]!).tags.sort()).toEqual(['council', 'harbour']);
    expect(reopened.summary(ids[2]!).title).toBe(extractedArticle(3).title);
  });

  it('tags one untagged article without tagging the others', async () => {
    const { dir, library, ids } = await savedLibrary(3);
    await library.close();
    const reopened = await open(dir);
    await reopened.tag([ids[0]!], ['rail'], []);
    expect(reopened.summary(ids[0]!).tags).toEqual(['rail']);
    expect(reopened.summary(ids[1]!).tags).toEqual([]);
    expect(reopened.summary(ids[2]!).tags).toEqual([]);
    expect(reopened.tagCounts()).toEqual([{ name: 'rail', count: 1 }]);
  });

  it('refuses an article of the index that is not a summary, and rebuilds from the folders', async () => {
    const { dir, library, ids } = await savedLibrary(2);
    await library.close();
    const file = join(dir, '.annals', testDevice.id, 'library.json');
    const index = JSON.parse(await readFile(file, 'utf8')) as { articles: Record<string, unknown>[] };
    index.articles[1] = { ...index.articles[1], wordCount: 'many' };
    await writeFile(file, JSON.stringify(index));
    const reopened = await open(dir);
    expect(reopened.recovered.join(' ')).toMatch(/index was damaged \(unexpected content at articles\.1\.wordCount/);
    expect(reopened.size).toBe(2);
    expect(reopened.summary(ids[1]!).wordCount).toBeGreaterThan(0);
  });

  it('refuses signatures that are not text, and rebuilds from the folders', async () => {
    const { dir, library, ids } = await savedLibrary(2);
    await library.close();
    const file = join(dir, '.annals', testDevice.id, 'library.json');
    const index = JSON.parse(await readFile(file, 'utf8')) as { signatures: Record<string, unknown> };
    index.signatures[ids[1]!] = 1733230000000;
    await writeFile(file, JSON.stringify(index));
    const reopened = await open(dir);
    expect(reopened.recovered.join(' ')).toMatch(
      new RegExp(`index was damaged \\(unexpected content at signatures\\.${ids[1]}`),
    );
    expect(reopened.size).toBe(2);
    expect(reopened.summary(ids[1]!).title).toBe(extractedArticle(2).title);
  });

  it('reads every article again, a batch at a time, when the index holds no signatures, and lists each as its record says', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    // An index written without signatures (as a format-1 library's is), over more folders than one batch.
    const ids = await generateLibrary(temp.dir, 700);
    const changed = ids[600]!;
    const recordFile = join(temp.dir, 'articles', changed, 'article.json');
    const record = JSON.parse(await readFile(recordFile, 'utf8')) as Record<string, unknown>;
    await writeFile(recordFile, JSON.stringify({ ...record, title: 'Renamed after the index was written' }));
    const library = await open(temp.dir);
    expect(library.size).toBe(700);
    expect(
      library
        .list('all', 'saved')
        .map((article) => article.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(library.summary(changed).title).toBe('Renamed after the index was written');
    expect(library.summary(ids[0]!).title).toBe(
      JSON.parse(await readFile(join(temp.dir, 'articles', ids[0]!, 'article.json'), 'utf8')).title,
    );
    await library.close();
    cleanups.pop();
    // Read once, the signatures are kept: the next open lists the same articles from the index alone.
    const reopened = await open(temp.dir);
    expect(reopened.recovered).toEqual([]);
    expect(reopened.size).toBe(700);
    expect(reopened.summary(changed).title).toBe('Renamed after the index was written');
  });
});
