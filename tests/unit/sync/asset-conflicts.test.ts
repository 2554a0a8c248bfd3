import { cp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../electron/contract/index.ts';
import { tempDir } from '../helpers/library.ts';
import { devices } from './support/devices.ts';
import { libraryFolders } from './support/library-folders.ts';

// An article's images arrive by sync too, and a sync tool that saw one change on two computers leaves a
// conflict copy beside it. Opening the library (the app, or any command) settles it like any other copy.

const folder = libraryFolders();
const { open, close, annals } = devices();
const FAST = { debounceMs: 20, maxDelayMs: 200, rescanIntervalMs: 100 };

let template: Awaited<ReturnType<typeof tempDir>>;
/** The sample article with an image, its image's file name, and the bytes it holds. */
let article: { id: string; image: string; bytes: Buffer };

beforeAll(async () => {
  template = await tempDir('annals-asset-conflicts-');
  const core = await open(template.dir, 'laptop1');
  await core.call('sample.install', {});
  await close(core);
  for (const id of await readdir(join(template.dir, 'articles'))) {
    const [image] = await readdir(join(template.dir, 'articles', id, 'assets')).catch(() => [] as string[]);
    if (image) {
      article = { id, image, bytes: await readFile(join(template.dir, 'articles', id, 'assets', image)) };
      break;
    }
  }
}, 60_000);
afterAll(() => template.cleanup());

/** A copy with every file's and folder's time, as a sync tool keeps them: the index knows each article unchanged. */
async function copyKeepingTimes(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const folders = [
    '',
    ...entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => relative(from, join(entry.parentPath, entry.name))),
  ];
  for (const folder of folders) {
    // In the middle of the millisecond, as a moved library's are: a Date may round into the next one.
    const at = (Math.floor((await stat(join(from, folder))).mtimeMs) + 0.5) / 1000;
    await utimes(join(to, folder), at, at);
  }
}

/** A copy of the sample library, as the laptop left it, and its article's assets/ folder. */
async function library() {
  const dir = join(await folder(), 'laptop');
  await copyKeepingTimes(template.dir, dir);
  return { dir, assets: join(dir, 'articles', article.id, 'assets') };
}

/** The names each sync tool gives its copy of `name`. */
const namings: [string, (name: string) => string][] = [
  ['Syncthing', (name) => name.replace(/(\.[^.]+)$/, '.sync-conflict-20261201-101010-ABCDEFG$1')],
  ['Dropbox', (name) => name.replace(/(\.[^.]+)$/, " (Ana's conflicted copy 2026-12-01)$1")],
  ['Dropbox, unnamed', (name) => name.replace(/(\.[^.]+)$/, ' (conflicted copy 2026-12-01)$1')],
  ['Nextcloud', (name) => name.replace(/(\.[^.]+)$/, ' (conflicted copy 2026-12-01 101010)$1')],
  ['OneDrive', (name) => name.replace(/(\.[^.]+)$/, '-DESKTOP-4F2$1')],
];

const conflictsMerged = async (core: Awaited<ReturnType<typeof open>>) =>
  (await core.call<SyncStatus>('sync.status', {})).conflictsMerged;
const recovered = async (core: Awaited<ReturnType<typeof open>>) =>
  (await core.call<{ recovered: string[] }>('app.info', {})).recovered;
/** Every file in corrupt/, by name, with its bytes. */
async function keptAside(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(join(dir, 'corrupt')).catch(() => [] as string[]);
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, 'corrupt', name))] as const)),
  );
}

describe('conflict copies of an article’s images, settled when the library opens', () => {
  it('the image is one the article’s text shows', async () => {
    const versions = join(template.dir, 'articles', article.id, 'versions');
    const html = (await readdir(versions)).filter((name) => name.endsWith('.html'));
    const texts = await Promise.all(html.map((name) => readFile(join(versions, name), 'utf8')));
    expect(texts.some((text) => text.includes(`assets/${article.image}`))).toBe(true);
  });

  it.each(namings)('removes a %s copy with the image’s very bytes', async (_tool, copyOf) => {
    const { dir, assets } = await library();
    await writeFile(join(assets, copyOf(article.image)), article.bytes);

    const laptop = await open(dir, 'laptop1');

    expect(await readdir(assets)).toEqual([article.image]);
    expect(await conflictsMerged(laptop)).toBe(1);
    expect((await keptAside(dir)).size).toBe(0);
  });

  it.each(namings)(
    'keeps the image the article shows when a %s copy holds other bytes, and the copy in corrupt/',
    async (_tool, copyOf) => {
      const { dir, assets } = await library();
      const torn = article.bytes.subarray(0, Math.floor(article.bytes.length / 2));
      await writeFile(join(assets, copyOf(article.image)), torn);

      const laptop = await open(dir, 'laptop1');

      expect(await readdir(assets)).toEqual([article.image]);
      expect(await readFile(join(assets, article.image))).toEqual(article.bytes);
      expect([...(await keptAside(dir)).values()]).toEqual([torn]);
      expect(await conflictsMerged(laptop)).toBe(1);
      expect(await recovered(laptop)).toContainEqual(
        expect.stringMatching(
          new RegExp(`copy of articles/${article.id}/assets/${article.image} was kept in corrupt/`),
        ),
      );
    },
  );

  it('puts the copy in the image’s place when the image that arrived first was torn', async () => {
    const { dir, assets } = await library();
    const torn = article.bytes.subarray(0, 10);
    await writeFile(join(assets, article.image), torn);
    await writeFile(join(assets, namings[0]![1](article.image)), article.bytes);

    const laptop = await open(dir, 'laptop1');

    expect(await readdir(assets)).toEqual([article.image]);
    expect(await readFile(join(assets, article.image))).toEqual(article.bytes);
    expect([...(await keptAside(dir)).values()]).toEqual([torn]);
    expect(await conflictsMerged(laptop)).toBe(1);
  });

  it.each(namings.slice(0, 4))(
    'settles a %s copy of an image named by hand: the same bytes removed, other bytes kept in corrupt/',
    async (_tool, copyOf) => {
      const { dir, assets } = await library();
      await writeFile(join(assets, 'photo.jpg'), 'the photo');
      await writeFile(join(assets, copyOf('photo.jpg')), 'the photo');
      await writeFile(join(assets, 'image.png'), 'an image');
      await writeFile(join(assets, copyOf('image.png')), 'an image retouched');

      const laptop = await open(dir, 'laptop1');

      expect((await readdir(assets)).sort()).toEqual([article.image, 'image.png', 'photo.jpg'].sort());
      expect(await readFile(join(assets, 'image.png'), 'utf8')).toBe('an image');
      expect([...(await keptAside(dir)).values()].map(String)).toEqual(['an image retouched']);
      expect(await conflictsMerged(laptop)).toBe(2);
    },
  );

  it('leaves images whose names only look like copies alone unless Annals wrote the image they would copy', async () => {
    const { dir, assets } = await library();
    const names = ['map-DESKTOP.svg', 'holiday.jpg', 'holiday 2.jpg', 'holiday-LAPTOP.jpg'];
    for (const name of names) await writeFile(join(assets, name), `an image named ${name} by hand`);

    const laptop = await open(dir, 'laptop1');

    expect((await readdir(assets)).sort()).toEqual([article.image, ...names].sort());
    expect(await conflictsMerged(laptop)).toBe(0);
  });

  it('settles a copy for a command too, before it answers', async () => {
    const { dir, assets } = await library();
    await writeFile(join(assets, namings[0]![1](article.image)), article.bytes);

    const status = JSON.parse(await annals(dir, 'laptop1', 'sync', 'status', '--json')) as SyncStatus;

    expect(status.conflictsMerged).toBe(1);
    expect(await readdir(assets)).toEqual([article.image]);
  });

  it('finds a copy in a library an earlier Annals indexed, which did not look at images', async () => {
    const { dir, assets } = await library();
    const index = join(dir, '.annals', 'laptop1', 'library.json');
    const written = JSON.parse(await readFile(index, 'utf8')) as { signatures: Record<string, string> };
    for (const [id, signature] of Object.entries(written.signatures))
      written.signatures[id] = signature.split(':').slice(0, 3).join(':');
    await writeFile(index, JSON.stringify(written));
    await writeFile(join(assets, namings[1]![1](article.image)), article.bytes);

    const laptop = await open(dir, 'laptop1');

    expect(await readdir(assets)).toEqual([article.image]);
    expect(await conflictsMerged(laptop)).toBe(1);
  });

  it('settles a copy arriving while the app runs, without a restart', async () => {
    const { dir, assets } = await library();
    const laptop = await open(dir, 'laptop1');
    await laptop.watchArrivals(FAST).ready;

    await writeFile(join(assets, namings[3]![1](article.image)), article.bytes);

    await expect.poll(() => readdir(assets), { timeout: 10_000 }).toEqual([article.image]);
    await expect.poll(() => conflictsMerged(laptop), { timeout: 10_000 }).toBe(1);
  });
});
