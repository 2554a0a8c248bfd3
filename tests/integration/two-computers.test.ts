import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, StorySummary } from '../../electron/contract/index.ts';
import { tempDir } from '../unit/helpers/library.ts';
import {
  type Api,
  conflictCopies,
  copyStignore,
  devices,
  feedsAndStories,
  fixturePage,
  seenThroughCli,
} from '../unit/sync/support/devices.ts';
import { SyncthingPair } from './support/syncthing.ts';

// Two computers with Annals on one library, carried by two real Syncthing daemons on loopback: the
// laptop runs the app (a core watching for arrivals), the desktop uses the command line. Each changes
// the same articles while the two are apart; once they meet, both show every change.

let work: Awaited<ReturnType<typeof tempDir>>;
let pair: SyncthingPair | undefined;

beforeEach(async () => {
  work = await tempDir('annals-two-computers-');
});
afterEach(async () => {
  await pair?.stop();
  pair = undefined;
  await work.cleanup();
});
// After the folders' removal in registration, so cores close first (after-hooks run last first).
const { open, close, annals } = devices();

/** Resolves at the first library change that names `id`. */
function changeOf(core: Api, id: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = core.onEvent((name, payload) => {
      if (name === 'libraryChanged' && (payload as { ids?: string[] }).ids?.includes(id)) {
        stop();
        resolve();
      }
    });
  });
}

/** What arrives is shown within a minute of the two meeting (the promise), or the test says what was not. */
const ARRIVAL_CAP_MS = 60_000;

/** Resolves once `holds` is true of the core, checked now and after each change it reports. */
function until(core: Api, what: string, holds: () => Promise<boolean>): Promise<void> {
  return new Promise((resolve, reject) => {
    let checking = Promise.resolve();
    const end = (error?: Error) => {
      clearTimeout(timer);
      stop();
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      checking = checking
        .then(async () => {
          if (await holds()) end();
        })
        .catch(end);
    };
    const stop = core.onEvent((name) => {
      if (name === 'libraryChanged' || name === 'timelineChanged') check();
    });
    const timer = setTimeout(() => end(new Error(`not shown within ${ARRIVAL_CAP_MS} ms: ${what}`)), ARRIVAL_CAP_MS);
    check();
  });
}

interface FeedRow {
  id: string;
  title: string;
  url: string;
  folderPath: string[];
}

/** Everything a reader sees of the library through the command line: articles, annotations, feeds, stories. */
async function wholeLibraryThroughCli(run: (...args: string[]) => Promise<string>) {
  const feeds = (JSON.parse(await run('feed', 'list', '--json')) as FeedRow[]).map(
    ({ id, title, url, folderPath }) => ({
      id,
      title,
      url,
      folderPath,
    }),
  );
  const stories = (JSON.parse(await run('stories', '--json')) as StorySummary[])
    .map(({ id, title, articleIds }) => ({ id, title, articleIds }))
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  return { ...(await seenThroughCli(run)), feeds, stories };
}

const opml = (outlines: string) => `<opml version="2.0"><body>${outlines}</body></opml>`;

describe('two computers synced by Syncthing', () => {
  it('converge on tags, states, notes and a highlight that keeps a deleted article, the running app showing them as they arrive', async () => {
    const a = join(work.dir, 'laptop');
    const b = join(work.dir, 'desktop');
    const add = async (page: string) =>
      (JSON.parse(await annals(a, 'laptop1', 'add', fixturePage(page), '--json')) as { id: string }).id;
    const seed = await add('seed-article.html');
    const longRead = await add('long-read.html');
    await mkdir(b, { recursive: true });
    await copyStignore(a, b);
    pair = await SyncthingPair.start(work.dir, a, b);
    await pair.waitUntilInSync();
    const desktop = (...args: string[]) => annals(b, 'desktop1', ...args);
    expect((await seenThroughCli(desktop)).articles.map((article) => article.id).sort()).toEqual(
      [seed, longRead].sort(),
    );

    const laptop = await open(a, 'laptop1', 'Laptop');
    await laptop.watchArrivals({ debounceMs: 50, rescanIntervalMs: 500 }).ready;
    await pair.disconnect();
    await laptop.call('article.tag', { ids: [seed], add: ['peace talks'] });
    await laptop.call('article.update', { ids: [seed], patch: { state: 'archived' } });
    await laptop.call('annotations.create', { kind: 'note', articleId: seed, note: 'Written on the laptop.' });
    await laptop.call('article.delete', { ids: [longRead] });
    await desktop('tag', seed, 'turkey');
    await desktop('favorite', seed);
    await desktop('note', seed, '--text', 'Written on the desktop.');
    await desktop('highlight', longRead, '--quote', 'dredging the channel', '--note', 'keep this');

    const arrived = Promise.all([changeOf(laptop, seed), changeOf(laptop, longRead)]);
    await pair.reconnect();
    await pair.waitUntilInSync();
    await arrived;
    // The running app shows the desktop's changes without a restart.
    const shown = (
      await laptop.call<{ articles: { id: string; tags: string[]; favorite: boolean }[] }>('library.list', {
        view: 'all',
      })
    ).articles;
    expect(shown.find((article) => article.id === seed)).toMatchObject({ favorite: true });
    expect(shown.find((article) => article.id === seed)!.tags.sort()).toEqual(['peace talks', 'turkey']);
    expect(shown.map((article) => article.id)).toContain(longRead);
    await close(laptop);

    await desktop('sync', 'status', '--json');
    await pair.waitUntilInSync();
    const onLaptop = await seenThroughCli((...args) => annals(a, 'laptop1', ...args));
    const onDesktop = await seenThroughCli(desktop);
    expect(onDesktop).toEqual(onLaptop);
    expect(onLaptop.articles.find((article) => article.id === seed)).toMatchObject({
      state: 'archived',
      favorite: true,
    });
    const note = onLaptop.annotations.find((entry: Annotation) => entry.kind === 'note')!;
    expect(note.note).toContain('Written on the laptop.');
    expect(note.note).toContain('Written on the desktop.');
    expect(onLaptop.annotations.find((entry) => entry.kind === 'highlight')).toMatchObject({
      articleId: longRead,
      note: 'keep this',
    });
    expect(await conflictCopies(a)).toEqual([]);
    expect(await conflictCopies(b)).toEqual([]);
  });

  it('converge on highlights and notes made on both, feeds followed, renamed and foldered on both, and a story renamed on both', async () => {
    const a = join(work.dir, 'laptop');
    const b = join(work.dir, 'desktop');
    const laptopCli = (...args: string[]) => annals(a, 'laptop1', ...args);
    const desktopCli = (...args: string[]) => annals(b, 'desktop1', ...args);
    const seed = (JSON.parse(await laptopCli('add', fixturePage('seed-article.html'), '--json')) as { id: string }).id;
    const feedsFile = join(work.dir, 'feeds.opml');
    await writeFile(
      feedsFile,
      opml(
        '<outline text="Almanac" xmlUrl="https://almanac.example/rss"/><outline text="Bugle" xmlUrl="https://bugle.example/rss"/>',
      ),
    );
    await laptopCli('feed', 'import', feedsFile);
    // A highlight both computers know before they part, whose note one writes and whose colour the other changes.
    await laptopCli('highlight', seed, '--quote', 'Kremlin confirmed');
    await mkdir(b, { recursive: true });
    await copyStignore(a, b);
    pair = await SyncthingPair.start(work.dir, a, b);
    await pair.waitUntilInSync();

    const laptop = await open(a, 'laptop1', 'Laptop');
    const desktop = await open(b, 'desktop1', 'Desktop');
    await Promise.all([
      laptop.watchArrivals({ debounceMs: 50, rescanIntervalMs: 500 }).ready,
      desktop.watchArrivals({ debounceMs: 50, rescanIntervalMs: 500 }).ready,
    ]);
    // Each app finds its articles' events in the background once open; the stories compared are those it settles on.
    for (const core of [laptop, desktop]) {
      await core.timeline.warmUp();
      await core.timeline.idle();
    }
    const before = await feedsAndStories(laptop);
    expect(await feedsAndStories(desktop)).toEqual(before);
    const feedId = (title: string) => before.feeds.find((feed) => feed.title === title)!.id;
    const story = before.stories.find((entry) => entry.articleIds.includes(seed))!;
    const [shared] = (await laptop.call<{ annotations: Annotation[] }>('annotations.list', { articleId: seed }))
      .annotations;
    expect(shared).toBeDefined();

    await pair.disconnect();
    await laptop.call('annotations.create', {
      kind: 'highlight',
      articleId: seed,
      quote: 'Peskov told CNN',
      note: 'from the laptop',
    });
    await laptop.call('annotations.update', {
      articleId: seed,
      id: shared!.id,
      patch: { note: 'a note from the laptop' },
    });
    await laptop.call('feeds.importOpml', {
      xml: opml('<outline text="World"><outline text="Courier" xmlUrl="https://courier.example/rss"/></outline>'),
    });
    await laptop.call('feeds.update', { id: feedId('Almanac'), title: 'The Almanac' });
    await laptop.call('feeds.move', { id: feedId('Bugle'), folderPath: ['Local'] });
    await laptop.call('stories.rename', { storyId: story.id, title: 'Peace talks (laptop)' });

    await desktop.call('annotations.create', {
      kind: 'highlight',
      articleId: seed,
      quote: 'Vladimir Medinsky',
      color: 'green',
      note: 'from the desktop',
    });
    await desktop.call('annotations.update', { articleId: seed, id: shared!.id, patch: { color: 'blue' } });
    await desktop.call('feeds.importOpml', {
      xml: opml('<outline text="World"><outline text="Derby" xmlUrl="https://derby.example/rss"/></outline>'),
    });
    await desktop.call('feeds.update', { id: feedId('Almanac'), title: 'Almanac Daily' });
    await desktop.call('feeds.move', { id: feedId('Bugle'), folderPath: ['Town'] });
    await desktop.call('stories.rename', { storyId: story.id, title: 'Peace talks in Istanbul' });

    await pair.reconnect();
    await pair.waitUntilInSync();
    // Both running apps take in the other's changes without a restart, and then show the same library.
    const [laptopView, desktopView] = [laptop, desktop].map(async (core) => {
      const annotationsOf = async () =>
        (await core.call<{ annotations: Annotation[] }>('annotations.list', { articleId: seed })).annotations;
      await until(core, 'the other computer’s highlights, notes, feeds and story name', async () => {
        const [annotations, view] = [await annotationsOf(), await feedsAndStories(core)];
        // Each computer's changes are in one record file per kind: seeing one change of the other's
        // annotations, feeds and stories means seeing them all.
        return (
          annotations.length === 3 &&
          annotations.some((x) => x.color === 'blue' && x.note !== '') &&
          view.feeds.length === 4 &&
          view.stories.some((entry) => entry.title === 'Peace talks in Istanbul')
        );
      });
      return { annotations: await annotationsOf(), ...(await feedsAndStories(core)) };
    });
    expect(await desktopView).toEqual(await laptopView);
    await close(laptop);
    await close(desktop);

    // Each computer's command line opens the library (merging what arrived), and the two agree.
    await desktopCli('sync', 'status', '--json');
    await laptopCli('sync', 'status', '--json');
    await pair.waitUntilInSync();
    const onLaptop = await wholeLibraryThroughCli(laptopCli);
    const onDesktop = await wholeLibraryThroughCli(desktopCli);
    expect(onDesktop).toEqual(onLaptop);
    expect(onLaptop.annotations.map((entry) => [entry.note, entry.color]).sort()).toEqual([
      ['a note from the laptop', 'blue'],
      ['from the desktop', 'green'],
      ['from the laptop', 'yellow'],
    ]);
    expect(onLaptop.annotations.every((entry) => entry.articleId === seed)).toBe(true);
    // Followed on each: both kept, in the folder each was put in. Renamed and moved on both: the change
    // made last (on the desktop) on both.
    expect(onLaptop.feeds.map((feed) => [feed.title, feed.folderPath.join('/')]).sort()).toEqual([
      ['Almanac Daily', ''],
      ['Bugle', 'Town'],
      ['Courier', 'World'],
      ['Derby', 'World'],
    ]);
    expect(onLaptop.stories.find((entry) => entry.id === story.id)).toMatchObject({
      title: 'Peace talks in Istanbul',
      articleIds: [seed],
    });
    expect(await conflictCopies(a)).toEqual([]);
    expect(await conflictCopies(b)).toEqual([]);
  });
});
