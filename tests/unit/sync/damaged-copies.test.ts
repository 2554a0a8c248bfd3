import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleSummary, SyncStatus } from '../../../electron/contract/index.ts';
import { formatStamp } from '../../../electron/core/sync/clock.ts';
import { formatOneHighlights, formatOneId, writeFormatOneArticle } from '../helpers/format-one.ts';
import { devices } from './support/devices.ts';
import { libraryFolders } from './support/library-folders.ts';

// A sync tool's conflict copy cut short (a disk filled up, a transfer stopped halfway): what still
// reads is merged, and the whole copy is kept aside with a sentence saying so; nothing is dropped.

const folder = libraryFolders();
const { open, close, annals } = devices();
const article = join('articles', formatOneId);
const SYNCTHING = '.sync-conflict-20240306-101500-ABCDEF1';

/** `text` pretty-printed and cut just after `marker` (the rest of the file lost). */
function cutAfter(text: string, marker: string): string {
  const end = text.indexOf(marker) + marker.length;
  expect(end).toBeGreaterThan(marker.length - 1);
  return text.slice(0, end);
}

async function openedOnce(): Promise<string> {
  const dir = await folder();
  await writeFormatOneArticle(dir);
  await close(await open(dir, 'laptop1'));
  return dir;
}

const corrupt = async (dir: string) => (await readdir(join(dir, 'corrupt')).catch(() => [] as string[])).sort();
const recovered = async (core: Awaited<ReturnType<typeof open>>) =>
  (await core.call<{ recovered: string[] }>('app.info', {})).recovered;

describe('a damaged conflict copy', () => {
  it('of annotations.json gives the highlights that still read, and is kept aside whole with a message', async () => {
    const dir = await openedOnce();
    const theirs = (id: string, note: string) => ({ ...formatOneHighlights[0]!, id, note });
    const whole = JSON.stringify(
      { schema: 1, annotations: [theirs('hlthree3', 'kept'), theirs('hlfour04', 'cut short')] },
      null,
      2,
    );
    const copy = `annotations${SYNCTHING}.json`;
    await writeFile(join(dir, article, copy), cutAfter(whole, '"cut sh'));

    const laptop = await open(dir, 'laptop1');

    const { annotations } = await laptop.call<{ annotations: Annotation[] }>('annotations.list', {
      articleId: formatOneId,
    });
    expect(annotations.map((entry) => entry.id).sort()).toEqual(['hlone01', 'hlthree3', 'hltwo02']);
    expect(await readdir(join(dir, article))).not.toContain(copy);
    const [aside] = await corrupt(dir);
    expect(await readFile(join(dir, 'corrupt', aside!), 'utf8')).toBe(cutAfter(whole, '"cut sh'));
    expect(await recovered(laptop)).toContainEqual(
      expect.stringMatching(/copy of articles\/oldarticle01\/annotations\.json was kept in corrupt\/.*damaged/),
    );
    expect((await laptop.call<SyncStatus>('sync.status', {})).conflictsMerged).toBe(1);
  });

  it('of a device’s record of an article gives the changes that still read, on the command line too', async () => {
    const dir = await folder();
    const [saved] = JSON.parse(`[${(await annals(dir, 'laptop1', 'add', await page(dir), '--json')).trim()}]`);
    const id = (saved as { id: string }).id;
    await annals(dir, 'laptop1', 'tag', id, 'climate');
    const records = join(dir, 'articles', id, 'records');
    const own = JSON.parse(await readFile(join(records, 'laptop1.json'), 'utf8'));
    // The other copy of this device's record: a tag the original lacks, then a favourite cut off.
    const at = formatStamp(Date.parse('2030-01-01T00:00:00Z'), 0, 'laptop1');
    const other = {
      ...own,
      tags: { ...own.tags, energy: { on: true, at, name: 'energy' } },
      annotations: { hlfive05: { fields: { color: { value: 'green', at } } } },
    };
    const text = JSON.stringify(other, null, 1);
    await writeFile(join(records, `laptop1${SYNCTHING}.json`), cutAfter(text, '"hlfive05": {'));

    const listed = JSON.parse(await annals(dir, 'laptop1', 'list', '--json')) as ArticleSummary[];

    expect(listed[0]!.tags.sort()).toEqual(['climate', 'energy']);
    expect(await readdir(records)).toEqual(['laptop1.json']);
    expect(await corrupt(dir)).toEqual([expect.stringContaining(`laptop1${SYNCTHING}.json`)]);
  });

  it('with nothing readable in it is kept aside whole, the file it copies left as it was', async () => {
    const dir = await openedOnce();
    const before = await readFile(join(dir, article, 'annotations.json'), 'utf8');
    await writeFile(join(dir, article, `annotations${SYNCTHING}.json`), '{"sche');

    const laptop = await open(dir, 'laptop1');

    expect(await readFile(join(dir, article, 'annotations.json'), 'utf8')).toBe(before);
    expect(await corrupt(dir)).toEqual([expect.stringContaining(`annotations${SYNCTHING}.json`)]);
    expect(await recovered(laptop)).toContainEqual(expect.stringMatching(/nothing of the copy can be read/));
  });

  it('of a library-level record (tag colours) gives the entries that still read', async () => {
    const dir = await folder();
    const at = (ms: number) => formatStamp(ms, 0, 'laptop1');
    const record = (colors: Record<string, { value: string; at: string }>) =>
      JSON.stringify({ format: 2, kind: 'tag-colors', device: 'laptop1', colors }, null, 1);
    await mkdir(join(dir, 'tags', 'records'), { recursive: true });
    await writeFile(join(dir, 'tags', 'records', 'laptop1.json'), record({ floods: { value: 'blue', at: at(1) } }));
    const copy = record({ energy: { value: 'pink', at: at(2) }, storms: { value: 'green', at: at(3) } });
    await writeFile(join(dir, 'tags', 'records', `laptop1${SYNCTHING}.json`), cutAfter(copy, '"storms": {'));

    const laptop = await open(dir, 'laptop1');

    const stored = JSON.parse(await readFile(join(dir, 'tags', 'records', 'laptop1.json'), 'utf8'));
    expect(Object.keys(stored.colors).sort()).toEqual(['energy', 'floods']);
    expect(await corrupt(dir)).toEqual([expect.stringContaining(`laptop1${SYNCTHING}.json`)]);
    expect(await recovered(laptop)).toContainEqual(expect.stringMatching(/tags\/records\/laptop1\.json.*damaged/));
  });
});

/** A page to save, written beside the library. */
async function page(dir: string): Promise<string> {
  const file = join(dir, '..', `${formatOneId}-page.html`);
  await writeFile(
    file,
    '<html><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>' +
      '<p>The port authority and the union met for six hours on Monday, and talks resume today.</p>' +
      '<p>Both sides said the meeting was long and useful, and that a deal was near.</p></article></body></html>',
  );
  return file;
}
