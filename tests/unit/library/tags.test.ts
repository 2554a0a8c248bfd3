import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function libraryWith(count: number) {
  const temp = await tempDir();
  const library = await Library.open(temp.dir, { device: testDevice });
  cleanups.push(temp.cleanup, () => library.close().catch(() => {}));
  const ids: string[] = [];
  for (let n = 1; n <= count; n++)
    ids.push((await library.save(extractedArticle(n), { loadImage: noImages })).article.id);
  return { dir: temp.dir, library, ids };
}

const tagsOf = (library: Library, id: string) => library.summary(id).tags;

describe('tags', () => {
  it('adds tags to several articles at once, without duplicates whatever the case, and undoes it', async () => {
    const { library, ids } = await libraryWith(3);
    await library.tag([ids[0]!], ['Climate'], []);
    const before = await library.tag([ids[0]!, ids[1]!], ['climate ', 'Energy  policy'], []);
    expect(tagsOf(library, ids[0]!)).toEqual(['Climate', 'Energy policy']);
    expect(tagsOf(library, ids[1]!)).toEqual(['climate', 'Energy policy']);
    expect(tagsOf(library, ids[2]!)).toEqual([]);
    await library.restoreTags(before);
    expect(tagsOf(library, ids[0]!)).toEqual(['Climate']);
    expect(tagsOf(library, ids[1]!)).toEqual([]);
  });

  it('counts tags and filters the library by all of several tags, or any of them', async () => {
    const { library, ids } = await libraryWith(3);
    await library.tag([ids[0]!, ids[1]!], ['flood'], []);
    await library.tag([ids[1]!, ids[2]!], ['bridge'], []);
    expect(library.tagCounts()).toEqual([
      { name: 'bridge', count: 2 },
      { name: 'flood', count: 2 },
    ]);
    const all = library.list('all', 'saved', { tags: ['Flood', 'bridge'], tagMode: 'all' }).map((a) => a.id);
    const any = library.list('all', 'saved', { tags: ['flood', 'bridge'], tagMode: 'any' }).map((a) => a.id);
    expect(all).toEqual([ids[1]]);
    expect(any.sort()).toEqual([...ids].sort());
  });

  it('renames a tag everywhere, merges it into an existing one, keeps its colour, and deletes undoably', async () => {
    const { library, ids } = await libraryWith(2);
    await library.tag([ids[0]!], ['floods'], []);
    await library.tag([ids[1]!], ['flood', 'floods'], []);
    await library.tagColors.set('floods', 'blue');
    await library.renameTag('floods', 'Flooding');
    expect(tagsOf(library, ids[0]!)).toEqual(['Flooding']);
    expect(library.tagColors.get('flooding')).toBe('blue');
    await library.renameTag('flood', 'flooding');
    expect(tagsOf(library, ids[1]!)).toEqual(['flooding']);

    const before = await library.deleteTag('FLOODING');
    expect(library.tagCounts()).toEqual([]);
    await library.restoreTags(before);
    expect(library.tagCounts()).toEqual([{ name: 'Flooding', count: 2 }]);
  });

  it('keeps tags and colours across a restart, and survives a broken tags.json', async () => {
    const { dir, library, ids } = await libraryWith(1);
    await library.tag([ids[0]!], ['keep me'], []);
    await library.tagColors.set('keep me', 'green');
    await library.close();
    const reopened = await Library.open(dir, { device: testDevice });
    cleanups.push(() => reopened.close());
    expect(reopened.summary(ids[0]!).tags).toEqual(['keep me']);
    expect(reopened.tagColors.get('Keep Me')).toBe('green');
    await reopened.close();

    // A format-1 tags.json is only the base colours start from: breaking it takes none of the reader's choices.
    await writeFile(join(dir, 'tags.json'), '{"schema":1,"colors":{"a":"chartreuse"');
    const again = await Library.open(dir, { device: testDevice });
    cleanups.push(() => again.close());
    expect(again.summary(ids[0]!).tags).toEqual(['keep me']);
    expect(again.tagColors.get('keep me')).toBe('green');
    expect(again.recovered.join(' ')).toMatch(/tag colors \(tags\.json\) was damaged/i);
    expect(await readFile(join(dir, '.annals', testDevice.id, 'library.json'), 'utf8')).toContain('keep me');
  });
});
