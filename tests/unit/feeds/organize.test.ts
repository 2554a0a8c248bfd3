import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOpml } from '../../../electron/core/feeds/opml.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

// Four feeds as a reader might have them: one at the top, two in News, one in Sport. Nothing is fetched.
const OPML = `<opml version="2.0"><body>
  <outline text="Almanac" xmlUrl="https://almanac.example/rss"/>
  <outline text="News">
    <outline text="Bugle" xmlUrl="https://bugle.example/rss"/>
    <outline text="Courier" xmlUrl="https://courier.example/rss"/>
  </outline>
  <outline text="Sport"><outline text="Derby Daily" xmlUrl="https://derby.example/rss"/></outline>
</body></opml>`;

type Listing = { feeds: { id: string; title: string; folderPath: string[] }[]; folders: string[][] };

let core: Core;
let dir: string;
let cleanup: () => Promise<void>;

const open = () =>
  openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '0.0.0',
    assetsDir: new URL('../../../assets/', import.meta.url).pathname,
  });

async function call<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** The sidebar as text: top-level feeds, then each folder with its feeds. */
async function sidebar(): Promise<string[]> {
  const { feeds, folders } = await call<Listing>('feeds.list', {});
  const inFolder = (path: string[]) =>
    feeds.filter((feed) => feed.folderPath.join('/') === path.join('/')).map((feed) => feed.title);
  return [...inFolder([]), ...folders.flatMap((path) => [`[${path.join(' / ')}]`, ...inFolder(path)])];
}

const idOf = async (title: string) =>
  (await call<Listing>('feeds.list', {})).feeds.find((feed) => feed.title === title)!.id;

beforeEach(async () => {
  const temp = await tempDir();
  dir = temp.dir;
  core = await open();
  cleanup = async () => {
    await core.close();
    await temp.cleanup();
  };
  await call('feeds.importOpml', { xml: OPML });
});
afterEach(() => cleanup());

describe('ordering feeds and folders', () => {
  it('keeps the order of an imported OPML file', async () => {
    expect(await sidebar()).toEqual(['Almanac', '[News]', 'Bugle', 'Courier', '[Sport]', 'Derby Daily']);
  });

  it('moves feeds above one another, into folders and out to the top, and reorders folders; all of it survives a reload and goes into OPML', async () => {
    await call('feeds.move', { id: await idOf('Courier'), folderPath: ['News'], beforeId: await idOf('Bugle') });
    await call('feeds.move', { id: await idOf('Almanac'), folderPath: ['Sport'], beforeId: await idOf('Derby Daily') });
    await call('feeds.move', { id: await idOf('Bugle'), folderPath: [], beforeId: null });
    await call('feeds.moveFolder', { folderPath: ['Sport'], before: ['News'] });
    const expected = ['Bugle', '[Sport]', 'Almanac', 'Derby Daily', '[News]', 'Courier'];
    expect(await sidebar()).toEqual(expected);

    await core.close();
    core = await open();
    expect(await sidebar()).toEqual(expected);

    const { opml } = await call<{ opml: string }>('feeds.exportOpml', {});
    expect(parseOpml(opml).map((feed) => [feed.title, feed.folderPath.join(' / ')])).toEqual([
      ['Bugle', ''],
      ['Almanac', 'Sport'],
      ['Derby Daily', 'Sport'],
      ['Courier', 'News'],
    ]);
  });

  it('puts a feed given a new folder at the end of it, and a new folder after the others', async () => {
    await call('feeds.update', { id: await idOf('Bugle'), folderPath: ['Sport'] });
    await call('feeds.update', { id: await idOf('Almanac'), folderPath: ['Weather'] });
    expect(await sidebar()).toEqual(['[News]', 'Courier', '[Sport]', 'Derby Daily', 'Bugle', '[Weather]', 'Almanac']);
  });

  it('puts a feed back in its place when its removal is undone', async () => {
    const { feed } = await call<{ feed: unknown }>('feeds.remove', { id: await idOf('Bugle') });
    expect(await sidebar()).toEqual(['Almanac', '[News]', 'Courier', '[Sport]', 'Derby Daily']);
    await call('feeds.restore', { feed });
    expect(await sidebar()).toEqual(['Almanac', '[News]', 'Bugle', 'Courier', '[Sport]', 'Derby Daily']);
  });

  it('answers clearly when the feed or folder to move does not exist', async () => {
    const missingFolder = await core.dispatch('feeds.moveFolder', { folderPath: ['Nowhere'], before: null });
    expect(missingFolder).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'No such folder.' } });
    const missingFeed = await core.dispatch('feeds.move', { id: 'zzzzzzzzzz', folderPath: [] });
    expect(missingFeed).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const tooDeep = await core.dispatch('feeds.move', { id: await idOf('Bugle'), folderPath: Array(11).fill('x') });
    expect(tooDeep).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
