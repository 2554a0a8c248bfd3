// The lived-in bench library (tests/bench/lived-in-library.ts) showed "Annals repaired your library" on every
// open with a fresh home: each was this device's first, whose index had yet to be made, and every article
// the library's old format-1 index did not list counted as "missing from the index".
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const laptop = { id: 'laptopdevice', name: 'Laptop' };

/** Three articles saved on the test device, in a library whose root still holds a format-1 index of `listed`. */
async function libraryFromAnotherDevice(listed: 'none' | 'first only') {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  const library = await Library.open(temp.dir, { device: testDevice });
  const summaries = [];
  for (let n = 1; n <= 3; n++)
    summaries.push((await library.save(extractedArticle(n), { loadImage: noImages })).article);
  await library.close();
  if (listed === 'first only')
    await writeFile(
      join(temp.dir, 'library.json'),
      JSON.stringify({ schema: 1, articles: [library.summary(summaries[0]!.id)] }),
    );
  return temp.dir;
}

async function openOn(dir: string, device: { id: string; name: string }) {
  const library = await Library.open(dir, { device });
  cleanups.push(() => library.close());
  return library;
}

describe('a device’s first open of a library is a reading, not a repair', () => {
  it('lists every article without telling of a repair when this device has no index yet', async () => {
    const dir = await libraryFromAnotherDevice('none');
    const library = await openOn(dir, laptop);
    expect(library.size).toBe(3);
    expect(library.recovered).toEqual([]);
  });

  it('lists the articles a stale format-1 index lacks without telling of a repair', async () => {
    const dir = await libraryFromAnotherDevice('first only');
    const library = await openOn(dir, laptop);
    expect(library.size).toBe(3);
    expect(library.recovered).toEqual([]);
  });
});

describe('an index this device made and then lost is a repair, told', () => {
  it('tells of the articles listed again when this device’s own index is gone but its journal stays', async () => {
    const dir = await libraryFromAnotherDevice('none');
    const deviceData = join(dir, '.annals', testDevice.id);
    await rm(join(deviceData, 'library.json'));
    const library = await openOn(dir, testDevice);
    expect(library.size).toBe(3);
    expect(library.recovered).toEqual([
      '3 articles missing from the index were found in their folders and listed again.',
    ]);
  });

  it('tells of them when only this device’s backups of its index are left', async () => {
    const dir = await libraryFromAnotherDevice('none');
    const deviceData = join(dir, '.annals', testDevice.id);
    await rm(join(deviceData, 'library.json'));
    await rm(join(deviceData, 'library.journal'));
    const library = await openOn(dir, testDevice);
    expect(library.size).toBe(3);
    expect(library.recovered).toEqual([
      '3 articles missing from the index were found in their folders and listed again.',
    ]);
  });
});
