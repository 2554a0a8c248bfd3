import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StorySummary } from '../../../electron/contract/index.ts';
import { registerLibraryFileRules } from '../../../electron/core/library-file-rules.ts';
import { mergeConflictCopies } from '../../../electron/core/sync/conflict-merge.ts';
import { defaultConflictRules } from '../../../electron/core/sync/conflict-rules.ts';
import { tempDir } from '../helpers/library.ts';
import { type Api, devices } from './support/devices.ts';
import { DumbSync } from './support/dumb-sync.ts';

// Two computers, each running Annals on its own copy of one library, carried between them by the
// dumbest sync tool (support/dumb-sync.ts). Articles are the same on both (the library was copied);
// what the test follows is the library-level files: feeds, tag colours, stories, settings.

const OPML = `<opml version="2.0"><body>
  <outline text="Almanac" xmlUrl="https://almanac.example/rss"/>
  <outline text="News">
    <outline text="Bugle" xmlUrl="https://bugle.example/rss"/>
    <outline text="Courier" xmlUrl="https://courier.example/rss"/>
  </outline>
  <outline text="Sport"><outline text="Derby Daily" xmlUrl="https://derby.example/rss"/></outline>
</body></opml>`;
// What each device keeps to itself (until the index moves into .annals/, format-1 index files too), and the
// articles, which both copies share already.
const IGNORED = [
  '.annals',
  'library.json',
  'library.journal',
  'library.lock',
  'search',
  'corrupt',
  'backups',
  'trash',
  'articles',
  '*.tmp',
];

let work: Awaited<ReturnType<typeof tempDir>>;

beforeEach(async () => {
  work = await tempDir('annals-two-devices-');
});
afterEach(async () => {
  await work.cleanup();
});
// Registered after the folder's removal, so the cores are closed before it (after-hooks run last first).
const { open, close } = devices();

/** Everything a reader sees of the library-level files. */
async function seen(core: Api) {
  const { feeds, folders } = await core.call<{
    feeds: { id: string; title: string; folderPath: string[] }[];
    folders: string[][];
  }>('feeds.list', {});
  const { tags } = await core.call<{ tags: { name: string; color: string | null }[] }>('tags.list', {});
  const { stories } = await core.call<{ stories: StorySummary[] }>('stories.list', { minArticles: 1 });
  return {
    feeds: feeds.map(({ id, title, folderPath }) => ({ id, title, folderPath })),
    folders,
    tags,
    stories: stories
      .map(({ id, title, renamed, articleIds }) => ({ id, title, renamed, articleIds }))
      .sort((x, y) => (x.id < y.id ? -1 : 1)),
  };
}

/**
 * The laptop's library: articles in stories, feeds in folders and a tagged article. Made once for the file (the sample
 * installed and its events found); each test copies it.
 */
let laptopLibrary: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  laptopLibrary = await tempDir('annals-laptop-');
  const first = await open(laptopLibrary.dir, 'laptop1');
  await first.call('sample.install', {});
  await first.timeline.idle();
  await first.call('feeds.importOpml', { xml: OPML });
  const [article] = (await first.call<{ articles: { id: string }[] }>('library.list', { view: 'all' })).articles;
  await first.call('article.tag', { ids: [article!.id], add: ['flood', 'council'] });
  await first.call('tags.setColor', { name: 'flood', color: 'blue' });
  await close(first);
}, 60_000);
afterAll(() => laptopLibrary.cleanup());

/** The laptop's library, copied to a second computer. */
async function twoCopies(): Promise<{ a: string; b: string; sync: DumbSync }> {
  const a = join(work.dir, 'laptop');
  const b = join(work.dir, 'desktop');
  await cp(laptopLibrary.dir, a, { recursive: true });
  await cp(a, b, { recursive: true });
  for (const root of [a, b]) await writeFile(join(root, '.stignore'), `${IGNORED.join('\n')}\n`);
  const sync = new DumbSync(a, b, { deviceA: 'LAPTOP1', deviceB: 'DESKTOP' });
  await sync.sync(); // the two copies are alike: from here on the tool knows what changed where
  return { a, b, sync };
}

describe('two devices on one library, carried by a sync tool', () => {
  it('keep what each did to feeds, tag colours and stories, make no conflict copies, and converge', async () => {
    const { a, b, sync } = await twoCopies();
    const laptop = await open(a, 'laptop1');
    const desktop = await open(b, 'desktop1');
    // Each app finds its articles' events in the background once open; the stories compared are those it settles on.
    // Two cores finding the sample library’s events took 12–20 s on a loaded machine, at the default bound: its own.
    for (const core of [laptop, desktop]) {
      await core.timeline.warmUp();
      await core.timeline.idle();
    }
    const before = await seen(laptop);
    expect(await seen(desktop)).toEqual(before);
    const feed = (title: string) => before.feeds.find((f) => f.title === title)!.id;
    const story = before.stories.find((s) => s.articleIds.length >= 4)!;

    // Neither sees the other's changes until the sync.
    await laptop.call('feeds.update', { id: feed('Almanac'), title: 'The Almanac' });
    await laptop.call('feeds.move', { id: feed('Courier'), folderPath: ['Local'] });
    await laptop.call('tags.setColor', { name: 'council', color: 'green' });
    await laptop.call('stories.rename', { storyId: story.id, title: 'Kellbridge floods (laptop)' });
    await desktop.call('feeds.remove', { id: feed('Derby Daily') });
    await desktop.call('feeds.moveFolder', { folderPath: ['News'], before: null });
    await desktop.call('tags.setColor', { name: 'flood', color: 'pink' });
    await desktop.call('stories.rename', { storyId: story.id, title: 'Kellbridge floods' });
    await desktop.call('stories.moveArticle', { articleId: story.articleIds.at(-1), storyId: null });

    const report = await sync.sync();
    expect(report.conflicts).toEqual([]);
    await laptop.reloadLibraryFiles();
    await desktop.reloadLibraryFiles();

    const [one, other] = [await seen(laptop), await seen(desktop)];
    expect(one).toEqual(other);
    expect(one.feeds.map((f) => [f.title, f.folderPath.join('/')])).toEqual([
      ['The Almanac', ''],
      ['Bugle', 'News'],
      ['Courier', 'Local'],
    ]);
    expect(one.tags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'flood', color: 'pink' }),
        expect.objectContaining({ name: 'council', color: 'green' }),
      ]),
    );
    // Renamed on both: the later name, under one id; the article moved out is a story of its own on both.
    const renamed = one.stories.find((s) => s.renamed)!;
    expect(renamed).toMatchObject({ id: story.id, title: 'Kellbridge floods' });
    expect(renamed.articleIds).not.toContain(story.articleIds.at(-1));
    expect(one.stories.find((s) => s.articleIds.includes(story.articleIds.at(-1)!))!.articleIds).toHaveLength(1);

    // Each wrote only files of its own.
    expect((await readdir(join(a, 'feeds', 'records'))).sort()).toEqual(['desktop1.json', 'laptop1.json']);
    expect((await readdir(join(a, 'stories', 'records'))).sort()).toEqual(['desktop1.json', 'laptop1.json']);
  }, 60_000);

  it('keep each device’s own settings, and settle a conflict copy of one by which was saved last', async () => {
    const { a, b, sync } = await twoCopies();
    const laptop = await open(a, 'laptop1');
    const desktop = await open(b, 'desktop1');
    await laptop.call('settings.set', { reader: { theme: 'dark' } });
    await desktop.call('settings.set', { reader: { theme: 'sepia' }, sort: 'published' });
    expect((await sync.sync()).conflicts).toEqual([]);
    expect((await laptop.call<{ reader: { theme: string } }>('settings.get', {})).reader.theme).toBe('dark');
    await laptop.close();
    await desktop.close();

    // The same device id on both computers (a profile copied by hand): its settings file changes on both.
    const same = await open(b, 'laptop1');
    await same.call('settings.set', { feedRetentionDays: 12 });
    await same.close();
    const again = await open(a, 'laptop1');
    await again.call('settings.set', { reader: { theme: 'light' } });
    await again.close();
    const report = await sync.sync();
    expect(report.conflicts).toHaveLength(1);
    const settled = await mergeConflictCopies(a, registerLibraryFileRules(defaultConflictRules()));
    expect(settled.map((entry) => [entry.kind, entry.outcome])).toEqual([['device-settings', 'merged']]);
    await sync.sync();
    // One device's settings are one choice: the copy saved last is the one that stands, on both computers.
    for (const root of [a, b]) {
      const view = await open(root, 'laptop1');
      expect(await view.call('settings.get', {})).toMatchObject({ reader: { theme: 'light' }, feedRetentionDays: 30 });
      await view.close();
    }
  });

  it('merge a conflict copy of each kind of library file into it, and keep a damaged copy aside', async () => {
    const { a } = await twoCopies();
    const rules = registerLibraryFileRules(defaultConflictRules());
    const record = (kind: string, device: string, body: object) =>
      JSON.stringify({ format: 2, kind, device, ...body }, null, 1);
    const at = (ms: number) => `${String(ms).padStart(16, '0')}.0000.laptop1`;
    const pairs: [string, string, string][] = [
      [
        'tags/records/laptop1.json',
        record('tag-colors', 'laptop1', { colors: { flood: { value: 'blue', at: at(1) } } }),
        record('tag-colors', 'laptop1', {
          colors: { flood: { value: 'green', at: at(2) }, dam: { value: 'pink', at: at(1) } },
        }),
      ],
      [
        'stories/records/laptop1.json',
        record('stories', 'laptop1', {
          names: { 'story-aaaaaaaa': { value: 'One', at: at(2) } },
          placements: {},
          visits: {},
        }),
        record('stories', 'laptop1', {
          names: { 'story-aaaaaaaa': { value: 'Old', at: at(1) } },
          placements: {},
          visits: { all: { value: '2026-01-01T00:00:00.000Z', at: at(1) } },
        }),
      ],
      [
        'feeds/records/laptop1.json',
        record('feeds', 'laptop1', { feeds: { bugle00001: { title: { value: 'Bugle', at: at(1) } } } }),
        record('feeds', 'laptop1', { feeds: { bugle00001: { folderPath: { value: ['News'], at: at(1) } } } }),
      ],
    ];
    for (const [path, original, copy] of pairs) {
      await mkdir(join(a, path, '..'), { recursive: true });
      await writeFile(join(a, path), original);
      await writeFile(join(a, path.replace(/\.json$/, '.sync-conflict-20261202-101500-DESKTOP.json')), copy);
    }
    await writeFile(join(a, 'tags.json'), '{"schema":1,"colors":{"flood":"blue"}}');
    await writeFile(join(a, 'tags.sync-conflict-20261202-101500-DESKTOP.json'), '{"schema":1,"colors":{"flood":');
    const settled = await mergeConflictCopies(a, rules);
    const outcomes = Object.fromEntries(settled.map((entry) => [entry.original, entry.outcome]));
    expect(outcomes).toEqual({
      'tags/records/laptop1.json': 'merged',
      'stories/records/laptop1.json': 'merged',
      'feeds/records/laptop1.json': 'merged',
      // Damaged: what still reads (nothing, here) merged, the whole copy kept aside.
      'tags.json': 'salvaged',
    });
    expect(settled.find((entry) => entry.original === 'tags.json')?.quarantined).toEqual([
      expect.stringMatching(/^corrupt\/.*tags\.sync-conflict/),
    ]);
    const { readFile } = await import('node:fs/promises');
    const feeds = JSON.parse(await readFile(join(a, 'feeds/records/laptop1.json'), 'utf8'));
    expect(Object.keys(feeds.feeds.bugle00001).sort()).toEqual(['folderPath', 'title']);
    const stories = JSON.parse(await readFile(join(a, 'stories/records/laptop1.json'), 'utf8'));
    expect(stories.names['story-aaaaaaaa'].value).toBe('One');
    expect(Object.keys(stories.visits)).toEqual(['all']);
  });
});
