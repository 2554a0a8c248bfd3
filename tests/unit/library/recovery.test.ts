import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A library of three articles with reader-made state on each, closed and ready to be damaged. */
async function libraryWithReaderState() {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  const library = await Library.open(temp.dir, { device: testDevice });
  const ids: string[] = [];
  for (let n = 1; n <= 3; n++) ids.push((await library.save(extractedArticle(n), { loadImage: noImages })).article.id);
  await library.update([ids[0]!], { favorite: true });
  await library.update([ids[1]!], { state: 'archived' });
  await library.setProgress(ids[2]!, 0.75);
  await library.close();
  return { dir: temp.dir, ids };
}

async function reopenAndCheck(dir: string, ids: string[]) {
  const library = await Library.open(dir, { device: testDevice });
  cleanups.push(() => library.close());
  expect(library.size).toBe(3);
  expect(library.summary(ids[0]!).favorite).toBe(true);
  expect(library.summary(ids[1]!).state).toBe('archived');
  expect(library.summary(ids[2]!).progress).toBe(0.75);
  return library;
}

const damages: [string, (file: string) => Promise<void>][] = [
  ['truncated', async (file) => writeFile(file, (await readFile(file, 'utf8')).slice(0, 40))],
  ['empty', async (file) => writeFile(file, '')],
  ['NUL-filled', async (file) => writeFile(file, Buffer.alloc(4096))],
  [
    'schema-invalid',
    async (file) => writeFile(file, JSON.stringify({ schema: 1, articles: [{ id: 'x', title: 42 }] })),
  ],
  ['not JSON at all', async (file) => writeFile(file, '<html>oops</html>')],
];

describe('recovery of a damaged library index', () => {
  for (const [kind, damage] of damages) {
    it(`rebuilds a ${kind} index from the article folders, losing nothing the reader made`, async () => {
      const { dir, ids } = await libraryWithReaderState();
      await damage(join(dir, '.annals', testDevice.id, 'library.json'));
      const library = await reopenAndCheck(dir, ids);
      expect(library.recovered.join(' ')).toMatch(/index was damaged/);
      // The damaged file is kept for inspection, never deleted.
      expect((await readdir(join(dir, 'corrupt'))).some((name) => name.endsWith('library.json'))).toBe(true);
    });
  }

  it('ignores a torn last journal line (a write that was never acknowledged)', async () => {
    const { dir, ids } = await libraryWithReaderState();
    await appendFile(join(dir, '.annals', testDevice.id, 'library.journal'), '{"op":"put","article":{"id":"ab');
    await reopenAndCheck(dir, ids);
  });

  it('rebuilds a damaged article record from the index and keeps the damaged copy', async () => {
    const { dir, ids } = await libraryWithReaderState();
    await writeFile(join(dir, 'articles', ids[0]!, 'records', `${testDevice.id}.json`), '{"format": 2, "art');
    const library = await reopenAndCheck(dir, ids);
    expect((await library.get(ids[0]!)).favorite).toBe(true);
    expect(library.recovered.join(' ')).toMatch(/record of “Story number 1” was damaged/);
    expect((await readdir(join(dir, 'corrupt'))).some((name) => name.includes(`${testDevice.id}.json`))).toBe(true);
  });

  it('lists an article whose folder exists but which the index lost', async () => {
    const { dir, ids } = await libraryWithReaderState();
    await writeFile(join(dir, '.annals', testDevice.id, 'library.json'), JSON.stringify({ schema: 1, articles: [] }));
    await writeFile(join(dir, '.annals', testDevice.id, 'library.journal'), '');
    const library = await reopenAndCheck(dir, ids);
    expect(library.recovered.join(' ')).toMatch(/3 articles missing from the index were found in their folders/);
  });

  it('tells of one lost article in the singular', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const first = await Library.open(temp.dir, { device: testDevice });
    await first.save(extractedArticle(1), { loadImage: noImages });
    await first.close();
    await writeFile(
      join(temp.dir, '.annals', testDevice.id, 'library.json'),
      JSON.stringify({ schema: 1, articles: [] }),
    );
    await writeFile(join(temp.dir, '.annals', testDevice.id, 'library.journal'), '');
    const library = await Library.open(temp.dir, { device: testDevice });
    cleanups.push(() => library.close());
    expect(library.size).toBe(1);
    expect(library.recovered).toContain('1 article missing from the index was found in its folder and listed again.');
  });
});
