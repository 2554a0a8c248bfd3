import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type FeedFields,
  type FeedsRecord,
  feedIdFor,
  feedsRecordKind,
  followedFeeds,
  legacyLayer,
  mergeFeedLayers,
} from '../../../electron/core/feeds/feed-records.ts';
import { legacyFeedsKind } from '../../../electron/core/feeds/feed-state.ts';
import { FeedStore, newStoredFeed, type StoredFeed } from '../../../electron/core/feeds/feed-store.ts';
import { keyBetween, legacyPositionKey, spreadKeys } from '../../../electron/core/feeds/position-keys.ts';
import { formatStamp } from '../../../electron/core/sync/clock.ts';
import { mergeConflictCopy } from '../../../electron/core/sync/record-file.ts';
import { damages } from '../helpers/damage.ts';
import { libraryFolders } from './support/library-folders.ts';
import { orders } from './support/orders.ts';

const library = libraryFolders();

/** A device's feeds as a fresh start of Annals reads them. */
async function device(dir: string, id: string, now = () => new Date()) {
  const messages: string[] = [];
  const store = new FeedStore(dir, id, now, (message) => messages.push(message));
  await store.load(false);
  return Object.assign(store, { messages });
}

const at = (ms: number, device: string) => formatStamp(ms, 0, device);
const record = (device: string, feeds: Record<string, FeedFields>, folders?: FeedsRecord['folders']): FeedsRecord => ({
  format: 2,
  kind: 'feeds',
  device,
  feeds,
  ...(folders ? { folders } : {}),
});

/** The sidebar as text: top-level feeds, then each folder with its feeds. */
function sidebar(store: FeedStore): string[] {
  const feeds = store.all();
  const inFolder = (path: string[]) =>
    feeds.filter((feed) => feed.folderPath.join('/') === path.join('/')).map((feed) => feed.title);
  return [...inFolder([]), ...store.folders().flatMap((path) => [`[${path.join(' / ')}]`, ...inFolder(path)])];
}

function follow(url: string, title: string, folderPath: string[] = []): StoredFeed {
  return newStoredFeed({
    url,
    title,
    siteUrl: null,
    folderPath,
    allowPrivateNetwork: false,
    addedAt: '2026-03-01T09:00:00.000Z',
  });
}

describe('position keys', () => {
  it('always fall between their neighbours, and say when there is no room', () => {
    let low: string | null = null;
    let high: string | null = null;
    // Inserting again and again at the same spot, from both sides.
    for (let n = 0; n < 200; n++) {
      const key: string = keyBetween(low, high)!;
      if (low !== null) expect(key > low).toBe(true);
      if (high !== null) expect(key < high).toBe(true);
      expect(key.endsWith('0')).toBe(false);
      if (n % 2 === 0) low = key;
      else high = key;
    }
    expect(keyBetween('i', 'i')).toBe(null);
    expect(keyBetween('k', 'i')).toBe(null);
    const spread = spreadKeys(40);
    expect([...spread].sort()).toEqual(spread);
    expect(legacyPositionKey(9) < legacyPositionKey(10)).toBe(true);
  });
});

describe('feed records merged from every device', () => {
  const base = legacyLayer(
    [
      {
        id: 'almanac01',
        url: 'https://almanac.example/rss',
        title: 'Almanac',
        siteUrl: null,
        folderPath: [],
        position: legacyPositionKey(0),
        icon: null,
        refreshMinutes: 60,
        addedAt: '2025-01-01T00:00:00.000Z',
      },
    ],
    [],
  );
  const laptop = record(
    'laptop1',
    {
      almanac01: { title: { value: 'The Almanac', at: at(2_000, 'laptop1') } },
      [feedIdFor('https://bugle.example/rss')]: {
        url: { value: 'https://bugle.example/rss', at: at(1_000, 'laptop1') },
        title: { value: 'Bugle', at: at(1_000, 'laptop1') },
        position: { value: 'k', at: at(1_000, 'laptop1') },
        folderPath: { value: ['News'], at: at(1_000, 'laptop1') },
      },
    },
    { value: [['News']], at: at(1_000, 'laptop1') },
  );
  const desktop = record(
    'desktop1',
    {
      almanac01: { folderPath: { value: ['Reference'], at: at(1_500, 'desktop1') } },
      [feedIdFor('https://bugle.example/rss')]: {
        title: { value: 'The Bugle', at: at(3_000, 'desktop1') },
      },
    },
    { value: [['Reference'], ['News']], at: at(3_500, 'desktop1') },
  );
  const phone = record('phone01', {
    almanac01: { unfollowed: { value: true, at: at(1_800, 'phone01') } },
  });

  it('give the same feeds, fields and folder order whatever order the records are read in', () => {
    const results = orders([base, laptop, desktop, phone]).map((list) => mergeFeedLayers(list));
    for (const merged of results) expect(merged).toEqual(results[0]);
    const feeds = followedFeeds(results[0]!.feeds);
    expect(feeds.map((feed) => [feed.title, feed.folderPath])).toEqual([
      // Renamed on the laptop after the phone unfollowed it: the later change wins, and it stays.
      ['The Almanac', ['Reference']],
      ['The Bugle', ['News']],
    ]);
    expect(results[0]!.folders?.value).toEqual([['Reference'], ['News']]);
  });

  it('let an unfollow made after a rename win, on every device alike', () => {
    const late = record('phone01', { almanac01: { unfollowed: { value: true, at: at(2_500, 'phone01') } } });
    for (const list of orders([base, laptop, desktop, late]))
      expect(followedFeeds(mergeFeedLayers(list).feeds).map((feed) => feed.id)).toEqual([
        feedIdFor('https://bugle.example/rss'),
      ]);
  });

  it('merge a conflict copy of a record into it, field by field', () => {
    const older = record('laptop1', { almanac01: { title: { value: 'Old', at: at(1_000, 'laptop1') } } });
    const newer = record('laptop1', {
      almanac01: {
        title: { value: 'New', at: at(2_000, 'laptop1') },
        folderPath: { value: ['A'], at: at(500, 'laptop1') },
      },
    });
    const serialize = feedsRecordKind.serialize;
    const merged = JSON.parse(mergeConflictCopy(feedsRecordKind, serialize(older), serialize(newer))!);
    expect(merged.feeds.almanac01).toEqual(newer.feeds.almanac01);
    expect(mergeConflictCopy(feedsRecordKind, serialize(newer), serialize(older))).toBe(null);
  });

  it('give a feed followed from an address the same id on every device, whatever the address’s spelling', () => {
    expect(feedIdFor('https://Bugle.example/rss/?utm_source=x')).toBe(feedIdFor('https://bugle.example/rss'));
    expect(feedIdFor('https://bugle.example/rss')).toMatch(/^[a-f0-9]{20}$/);
    expect(feedIdFor('https://bugle.example/atom')).not.toBe(feedIdFor('https://bugle.example/rss'));
  });
});

describe('two devices sharing one library folder', () => {
  it('make one feed of the same feed followed on both', async () => {
    const dir = await library();
    const laptop = await device(dir, 'laptop1');
    const desktop = await device(dir, 'desktop1');
    await laptop.put(follow('https://bugle.example/rss', 'Bugle'));
    await desktop.put(follow('https://bugle.example/rss/', 'The Bugle'));
    for (const id of ['laptop1', 'desktop1']) {
      const view = await device(dir, id);
      expect(view.all().map((feed) => feed.title)).toEqual(['The Bugle']);
    }
    expect((await readdir(join(dir, 'feeds', 'records'))).sort()).toEqual(['desktop1.json', 'laptop1.json']);
  });

  it('keep renames, folders and moves made on both, and converge', async () => {
    const dir = await library();
    const start = await device(dir, 'laptop1');
    for (const [url, title] of [
      ['https://almanac.example/rss', 'Almanac'],
      ['https://bugle.example/rss', 'Bugle'],
      ['https://courier.example/rss', 'Courier'],
      ['https://derby.example/rss', 'Derby Daily'],
    ] as const)
      await start.put(follow(url, title));
    const id = (title: string) => start.all().find((feed) => feed.title === title)!.id;
    // Neither device has seen the other's changes.
    const laptop = await device(dir, 'laptop1');
    const desktop = await device(dir, 'desktop1');
    await laptop.put({ ...laptop.get(id('Almanac'))!, title: 'The Almanac' });
    await laptop.move(id('Derby Daily'), [], id('Almanac'));
    await laptop.move(id('Bugle'), ['News'], null);
    await desktop.move(id('Courier'), ['Local'], null);
    await desktop.put({ ...desktop.get(id('Almanac'))!, refreshMinutes: 30 });
    const views = [await device(dir, 'laptop1'), await device(dir, 'desktop1')];
    expect(sidebar(views[0]!)).toEqual(sidebar(views[1]!));
    for (const view of views) {
      // Two folders made at once: both come after the top level, in an order every device agrees on.
      expect(sidebar(view).slice(0, 2)).toEqual(['Derby Daily', 'The Almanac']);
      expect(view.get(id('Bugle'))!.folderPath).toEqual(['News']);
      expect(view.get(id('Courier'))!.folderPath).toEqual(['Local']);
      expect(view.get(id('Almanac'))!.refreshMinutes).toBe(30);
    }
  });

  it('decide an unfollow on one and a rename on the other by which came later', async () => {
    const dir = await library();
    let wall = Date.parse('2026-03-02T10:00:00Z');
    const now = () => new Date(wall);
    const setup = await device(dir, 'laptop1', now);
    await setup.put(follow('https://bugle.example/rss', 'Bugle'));
    await setup.put(follow('https://courier.example/rss', 'Courier'));
    const [bugle, courier] = setup.all().map((feed) => feed.id);
    wall += 60_000;
    const laptop = await device(dir, 'laptop1', now);
    const desktop = await device(dir, 'desktop1', now);
    await laptop.remove(bugle!);
    await desktop.put({ ...desktop.get(courier!)!, title: 'The Courier' });
    wall += 60_000;
    await desktop.put({ ...desktop.get(bugle!)!, title: 'The Bugle' }); // renamed after the unfollow
    await laptop.remove(courier!); // unfollowed after the rename
    for (const id of ['laptop1', 'desktop1'])
      expect((await device(dir, id)).all().map((feed) => feed.title)).toEqual(['The Bugle']);
  });

  it('keep what each device fetched, and local-network grants, to that device', async () => {
    const dir = await library();
    const laptop = await device(dir, 'laptop1');
    const feed = follow('http://192.168.1.20/feed.xml', 'Home server');
    await laptop.put({ ...feed, allowPrivateNetwork: true, etag: '"v1"', seen: ['a', 'b'] });
    const desktop = await device(dir, 'desktop1');
    expect(desktop.get(feed.id)).toMatchObject({
      title: 'Home server',
      allowPrivateNetwork: false,
      etag: null,
      seen: [],
    });
    expect((await device(dir, 'laptop1')).get(feed.id)).toMatchObject({ allowPrivateNetwork: true, etag: '"v1"' });
    const synced = await readFile(join(dir, 'feeds', 'records', 'laptop1.json'), 'utf8');
    expect(synced).not.toMatch(/allowPrivateNetwork|etag|seen/);
  });

  it('number a folder afresh when two devices put feeds at one place at once', async () => {
    const dir = await library();
    const laptop = await device(dir, 'laptop1');
    const desktop = await device(dir, 'desktop1');
    // Both append at the end of an empty list: the same key, told apart by id.
    await laptop.put(follow('https://bugle.example/rss', 'Bugle'));
    await desktop.put(follow('https://courier.example/rss', 'Courier'));
    const view = await device(dir, 'laptop1');
    const [first, second] = view.all();
    await view.put(follow('https://almanac.example/rss', 'Almanac'));
    const almanac = view.all().at(-1)!.id;
    await view.move(almanac, [], second!.id);
    expect(view.all().map((feed) => feed.id)).toEqual([first!.id, almanac, second!.id]);
    expect((await device(dir, 'desktop1')).all().map((feed) => feed.id)).toEqual([first!.id, almanac, second!.id]);
  });
});

describe('feeds of a format-1 library', () => {
  const legacyFeed = (n: number, title: string, folderPath: string[]): StoredFeed => ({
    id: `legacyfeed${n}`,
    url: `https://site${n}.example/rss`,
    title,
    siteUrl: `https://site${n}.example/`,
    folderPath,
    allowPrivateNetwork: n === 2,
    addedAt: '2025-06-01T00:00:00.000Z',
    lastFetchedAt: '2025-06-02T00:00:00.000Z',
    lastError: null,
    refreshMinutes: 60,
    icon: null,
    etag: `"etag-${n}"`,
    lastModified: null,
    seen: [`guid-${n}`],
    iconCheckedAt: null,
  });
  const legacy = {
    schema: 1,
    feeds: [legacyFeed(1, 'Almanac', []), legacyFeed(2, 'Bugle', ['News']), legacyFeed(3, 'Courier', ['Sport'])],
    folders: [['Sport'], ['News']],
  };
  const text = `${JSON.stringify(legacy, null, 2)}\n`;

  it('open unchanged from feeds.json, which changes never touch', async () => {
    const dir = await library();
    await writeFile(join(dir, 'feeds.json'), text);
    const store = await device(dir, 'laptop1');
    expect(store.all()).toEqual(legacy.feeds);
    expect(sidebar(store)).toEqual(['Almanac', '[Sport]', 'Courier', '[News]', 'Bugle']);
    await store.move('legacyfeed1', ['News'], 'legacyfeed2');
    await store.put({ ...store.get('legacyfeed3')!, title: 'The Courier', etag: '"new"' });
    await store.remove('legacyfeed2');
    await store.setFolderOrder([['News'], ['Sport']]);
    expect(await readFile(join(dir, 'feeds.json'), 'utf8')).toBe(text);
    const other = await device(dir, 'desktop1');
    expect(sidebar(other)).toEqual(['[News]', 'Almanac', '[Sport]', 'The Courier']);
    // The other device starts from what the format-1 file knew it had fetched.
    expect(other.get('legacyfeed3')!.etag).toBe('"etag-3"');
    expect((await device(dir, 'laptop1')).get('legacyfeed3')!.etag).toBe('"new"');
  });

  for (const { name, damage, othersSurvive } of damages) {
    it(`keep every feed a ${name} feeds.json still holds, and the rest from its last good copy`, async () => {
      const dir = await library();
      await writeFile(join(dir, 'feeds.json'), text);
      await device(dir, 'laptop1');
      const broken = damage(text, { inside: '"id": "legacyfeed2"', path: ['feeds', 1] });
      await writeFile(join(dir, 'feeds.json'), broken);
      const view = await device(dir, 'laptop1');
      expect(view.all().map((feed) => feed.title)).toEqual(['Almanac', 'Bugle', 'Courier']);
      expect(view.messages.join('\n')).toMatch(/The list of feeds \(feeds\.json\) was damaged/);
      const stranger = await device(dir, 'desktop1');
      if (othersSurvive) expect(stranger.get('legacyfeed1')?.title).toBe('Almanac');
    });

    it(`keep every feed when this device's record is ${name}`, async () => {
      const dir = await library();
      const store = await device(dir, 'laptop1');
      for (const [url, title] of [
        ['https://almanac.example/rss', 'Almanac'],
        ['https://bugle.example/rss', 'Bugle'],
        ['https://courier.example/rss', 'Courier'],
      ] as const)
        await store.put(follow(url, title, ['News']));
      const file = join(dir, 'feeds', 'records', 'laptop1.json');
      const id = feedIdFor('https://bugle.example/rss');
      await writeFile(file, damage(await readFile(file, 'utf8'), { inside: `"${id}"`, path: ['feeds', id] }));
      const view = await device(dir, 'laptop1');
      expect(view.all().map((feed) => feed.title)).toEqual(['Almanac', 'Bugle', 'Courier']);
      expect(view.messages.join('\n')).toMatch(/feeds\/records\/laptop1\.json\) was damaged/);
    });
  }

  it('come back from the last good copy of a deleted feeds.json', async () => {
    const dir = await library();
    await writeFile(join(dir, 'feeds.json'), text);
    await device(dir, 'laptop1');
    await rm(join(dir, 'feeds.json'));
    expect((await device(dir, 'laptop1')).all()).toEqual(legacy.feeds);
  });

  it('merge a conflict copy of feeds.json: the original’s feeds stay, the copy adds those it lacks', () => {
    const copy = { ...legacy, feeds: [legacyFeed(1, 'Renamed', []), legacyFeed(4, 'Derby', [])] };
    const merged = JSON.parse(mergeConflictCopy(legacyFeedsKind, text, JSON.stringify(copy))!);
    // Derby goes in after the feed it followed in the copy.
    expect(merged.feeds.map((feed: StoredFeed) => feed.title)).toEqual(['Almanac', 'Derby', 'Bugle', 'Courier']);
  });
});
