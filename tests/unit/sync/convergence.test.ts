import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../electron/contract/index.ts';
import { tempDir } from '../helpers/library.ts';
import {
  type Api,
  conflictCopies,
  copyStignore,
  devices,
  feedsAndStories,
  fixturePage,
  seenThroughCli as seen,
} from './support/devices.ts';
import { DumbSync } from './support/dumb-sync.ts';
import { libraryFolders } from './support/library-folders.ts';

// Two computers, each running Annals on its own copy of one library, carried by the dumbest sync tool
// (newer file wins, the older kept as a Syncthing conflict copy). Every concurrent change the reader can
// make on both survives on both, and the two end with the same library and no conflict copy.

const folder = libraryFolders();
const { open, close, annals } = devices();
const LAPTOP = 'laptop1';
const DESKTOP = 'desktop1';
const OPML = `<opml version="2.0"><body>
  <outline text="Almanac" xmlUrl="https://almanac.example/rss"/>
  <outline text="News"><outline text="Bugle" xmlUrl="https://bugle.example/rss"/></outline>
</body></opml>`;

let template: Awaited<ReturnType<typeof tempDir>>;
let seedId = '';
let longReadId = '';

/** One library saved on the laptop (two articles, two feeds), made once and copied for every test. */
beforeAll(async () => {
  template = await tempDir('annals-convergence-');
  const add = async (page: string) =>
    (JSON.parse(await annals(template.dir, LAPTOP, 'add', fixturePage(page), '--json')) as { id: string }).id;
  seedId = await add('seed-article.html');
  longReadId = await add('long-read.html');
  const opml = join(template.dir, '..', `${LAPTOP}-feeds.opml`);
  await writeFile(opml, OPML);
  await annals(template.dir, LAPTOP, 'feed', 'import', opml);
}, 60_000);
afterAll(() => template.cleanup());

/** The template on two computers, alike, the sync tool knowing them alike. */
async function twoComputers() {
  const a = join(await folder(), 'laptop');
  const b = join(await folder(), 'desktop');
  await cp(template.dir, a, { recursive: true });
  await cp(template.dir, b, { recursive: true });
  await copyStignore(a, b);
  const sync = new DumbSync(a, b, { deviceA: 'LAPTOP1', deviceB: 'DESKTOP' });
  await sync.sync();
  const laptop = (...args: string[]) => annals(a, LAPTOP, ...args);
  const desktop = (...args: string[]) => annals(b, DESKTOP, ...args);
  return { a, b, sync, laptop, desktop };
}

type Computers = Awaited<ReturnType<typeof twoComputers>>;

/** Until each core has found the events of every article it holds (as an app does in the background). */
async function settled(...cores: Api[]): Promise<void> {
  await Promise.all(cores.map((core) => core.timeline.warmUp()));
  await Promise.all(cores.map((core) => core.timeline.idle()));
}

/**
 * Sync, let each computer open the library once (every command merges what arrived first), sync
 * what that merging wrote, and check both see the same library and hold no conflict copy.
 */
async function converge({ a, b, sync, laptop, desktop }: Computers) {
  await sync.sync();
  await laptop('sync', 'status', '--json');
  await desktop('sync', 'status', '--json');
  await sync.sync();
  const [onLaptop, onDesktop] = [await seen(laptop), await seen(desktop)];
  expect(onDesktop).toEqual(onLaptop);
  expect(await conflictCopies(a)).toEqual([]);
  expect(await conflictCopies(b)).toEqual([]);
  return onLaptop;
}

const article = (view: { articles: ArticleSummary[] }, id: string) => view.articles.find((entry) => entry.id === id);

describe('two computers changing one library at the same time, carried by the dumbest sync', () => {
  it('keep a tag added on each, and archived on one with favorited on the other', async () => {
    const computers = await twoComputers();
    await computers.laptop('tag', seedId, 'peace talks');
    await computers.desktop('tag', seedId, 'turkey');
    await computers.laptop('archive', longReadId);
    await computers.desktop('favorite', longReadId);

    const view = await converge(computers);

    expect(article(view, seedId)!.tags.sort()).toEqual(['peace talks', 'turkey']);
    expect(article(view, longReadId)).toMatchObject({ state: 'archived', favorite: true });
  });

  it('keep the highlights and notes made on each', async () => {
    const computers = await twoComputers();
    await computers.laptop('highlight', seedId, '--quote', 'Kremlin confirmed', '--note', 'from the laptop');
    await computers.desktop('highlight', seedId, '--quote', 'Peskov told CNN', '--note', 'from the desktop');

    const view = await converge(computers);

    const highlights = view.annotations.filter((entry) => entry.kind === 'highlight');
    expect(highlights.map((entry) => entry.note).sort()).toEqual(['from the desktop', 'from the laptop']);
    expect(highlights.every((entry) => entry.articleId === seedId)).toBe(true);
  });

  it('keep both texts of the article’s note written on each, marked with where each was written', async () => {
    const computers = await twoComputers();
    await computers.laptop('note', seedId, '--text', 'Read again before the summit.');
    await computers.desktop('note', seedId, '--text', 'Compare with the Reuters account.');

    const view = await converge(computers);

    const note = view.annotations.find((entry) => entry.kind === 'note')!;
    expect(note.note).toMatch(/Edited on laptop1:\*\*\n\nRead again before the summit\./);
    expect(note.note).toMatch(/Edited on desktop1:\*\*\n\nCompare with the Reuters account\./);
    // The next edit, made having seen both, replaces both on both computers.
    await computers.desktop('note', seedId, '--text', 'One note now.');
    const after = await converge(computers);
    expect(after.annotations.find((entry) => entry.kind === 'note')!.note).toBe('One note now.');
  });

  it('keep an article deleted on one while it was highlighted on the other', async () => {
    const computers = await twoComputers();
    await computers.desktop('delete', longReadId);
    await computers.laptop('highlight', longReadId, '--quote', 'dredging the channel', '--note', 'keep this');

    const view = await converge(computers);

    expect(article(view, longReadId)).toBeDefined();
    expect(view.annotations.map((entry) => [entry.articleId, entry.note])).toEqual([[longReadId, 'keep this']]);
  });

  it('delete an article deleted on one and left alone on the other', async () => {
    const computers = await twoComputers();
    await computers.desktop('delete', longReadId);
    await computers.laptop('tag', seedId, 'elsewhere');

    const view = await converge(computers);

    expect(article(view, longReadId)).toBeUndefined();
    expect(article(view, seedId)!.tags).toEqual(['elsewhere']);
  });

  it('bring back on both an article deleted on one and undone there, its highlight and tags with it', async () => {
    const computers = await twoComputers();
    await computers.laptop('tag', longReadId, 'harbour');
    await computers.laptop('highlight', longReadId, '--quote', 'dredging the channel');
    await converge(computers);
    const desktop = await open(computers.b, DESKTOP);
    expect(await desktop.call('article.delete', { ids: [longReadId] })).toEqual({ deleted: [longReadId] });
    await close(desktop);
    // The deletion travels as a tombstone: gone on both, its folder kept for the Undo.
    expect(article(await converge(computers), longReadId)).toBeUndefined();

    const undoing = await open(computers.b, DESKTOP);
    expect(await undoing.call('article.undelete', { ids: [longReadId] })).toEqual({ restored: [longReadId] });
    await close(undoing);

    const view = await converge(computers);
    expect(article(view, longReadId)!.tags).toEqual(['harbour']);
    expect(view.annotations.map((entry) => entry.articleId)).toEqual([longReadId]);
  });

  it('bring back on both an article deleted on one and undone on the other once the deletion arrived', async () => {
    const computers = await twoComputers();
    await computers.desktop('delete', longReadId);
    expect(article(await converge(computers), longReadId)).toBeUndefined();

    const laptop = await open(computers.a, LAPTOP);
    expect(await laptop.call('article.undelete', { ids: [longReadId] })).toEqual({ restored: [longReadId] });
    await close(laptop);

    expect(article(await converge(computers), longReadId)).toBeDefined();
  });

  it('make one article of one page saved on both, merging the two saves’ files', async () => {
    const computers = await twoComputers();
    await computers.laptop('add', fixturePage('german-article.html'));
    await computers.desktop('add', fixturePage('german-article.html'));

    const report = await computers.sync.sync();
    // The same text saved twice: one version, described twice; the sync tool kept one description aside.
    expect(report.conflicts.length).toBeGreaterThan(0);
    const view = await converge(computers);
    expect(view.articles).toHaveLength(3);
  });
});

describe('two computers changing feeds and stories at the same time', () => {
  async function withCores(computers: Computers, work: (laptop: Api, desktop: Api) => Promise<void>) {
    const laptop = await open(computers.a, LAPTOP, 'Laptop');
    const desktop = await open(computers.b, DESKTOP, 'Desktop');
    // Each app finds its articles' events in the background once open; the stories compared are those it settles on.
    await settled(laptop, desktop);
    await work(laptop, desktop);
    await close(laptop);
    await close(desktop);
  }

  it('keep feeds followed, renamed and put in folders on each, and a story renamed on both ends with one name', async () => {
    const computers = await twoComputers();
    await withCores(computers, async (laptop, desktop) => {
      const { feeds } = await feedsAndStories(laptop);
      const almanac = feeds.find((feed) => feed.title === 'Almanac')!.id;
      const bugle = feeds.find((feed) => feed.title === 'Bugle')!.id;
      const story = (await feedsAndStories(laptop)).stories.find((entry) => entry.articleIds.includes(seedId))!;
      expect((await feedsAndStories(desktop)).stories.map((entry) => entry.id)).toContain(story.id);

      await laptop.call('feeds.importOpml', {
        xml: '<opml version="2.0"><body><outline text="Courier" xmlUrl="https://courier.example/rss"/></body></opml>',
      });
      await laptop.call('feeds.update', { id: almanac, title: 'The Almanac' });
      await desktop.call('feeds.importOpml', {
        xml: '<opml version="2.0"><body><outline text="Derby" xmlUrl="https://derby.example/rss"/></body></opml>',
      });
      await desktop.call('feeds.move', { id: bugle, folderPath: ['Local'] });
      await laptop.call('stories.rename', { storyId: story.id, title: 'Peace talks (laptop)' });
      await desktop.call('stories.rename', { storyId: story.id, title: 'Peace talks in Istanbul' });
    });

    await converge(computers);
    let views: Awaited<ReturnType<typeof feedsAndStories>>[] = [];
    await withCores(computers, async (laptop, desktop) => {
      views = [await feedsAndStories(laptop), await feedsAndStories(desktop)];
    });
    const [onLaptop, onDesktop] = views as [Awaited<ReturnType<typeof feedsAndStories>>, (typeof views)[0]];
    expect(onDesktop).toEqual(onLaptop);
    expect(onLaptop.feeds.map((feed) => [feed.title, feed.folderPath.join('/')]).sort()).toEqual([
      ['Bugle', 'Local'],
      ['Courier', ''],
      ['Derby', ''],
      ['The Almanac', ''],
    ]);
    // Renamed on both: the name given last, on both.
    expect(onLaptop.stories.find((story) => story.articleIds.includes(seedId))!.title).toBe('Peace talks in Istanbul');
    expect(await conflictCopies(computers.a)).toEqual([]);
  });
});
