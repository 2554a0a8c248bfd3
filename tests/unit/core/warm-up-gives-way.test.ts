// The work of a library's first start (the search index built, the timeline's events loaded, the folders walked for
// arrivals) waits between its batches while the window says the reader scrolls, and goes on by itself once they stop
// (issue 12: on two cores that work delayed the frames of the list). Time here is the test's own clock: nothing waits for real time.
import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { TaskProgress } from '../../../electron/contract/index.ts';
import { QUIET_AFTER_MS } from '../../../electron/core/concurrency/reader-activity.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { ManualClock, settlesNow as settled } from '../helpers/manual-clock.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
/** Enough articles for several batches of each kind of work, and for the index's build to say how far it got. */
const ARTICLES = 300;

let dir: string;
let cleanup: () => Promise<void>;
let core: Core | null = null;
let clock: ManualClock;
/** The library every test starts from, written once: each test works on a copy of it (a tenth of the time). */
let template: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  template = await tempDir();
  await generateLibrary(template.dir, ARTICLES, 7, { events: true });
});
afterAll(() => template.cleanup());

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await cp(template.dir, dir, { recursive: true });
  clock = new ManualClock();
  core = await open();
});

function open(): Promise<Core> {
  return openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '1.0.0',
    assetsDir,
    validateOutput: true,
    pauseClock: clock,
  });
}
afterEach(async () => {
  await core?.close();
  core = null;
  await cleanup();
});

async function readerScrolls(): Promise<void> {
  const answer = await core!.dispatch('app.readerActive', { activity: 'scrolling' });
  expect(answer).toEqual({ ok: true, value: {} });
}

it('builds the search index in batches that wait while the reader scrolls, and finishes once they stop', async () => {
  const progress: TaskProgress[] = [];
  core!.onEvent((name, payload) => {
    if (name === 'progress' && (payload as TaskProgress).taskId === 'search-index')
      progress.push(payload as TaskProgress);
  });
  await readerScrolls();
  const building = core!.search.warmUp();
  await clock.asleep();
  // Started, then held between two batches for as long as the reader scrolls.
  expect(await settled(building)).toBe(false);
  expect(progress.map((task) => task.state)).toEqual(['running']);
  expect(progress[0]).toMatchObject({ done: 0, total: ARTICLES });
  clock.advance(QUIET_AFTER_MS);
  await building;
  expect(progress.at(-1)).toMatchObject({ done: ARTICLES, total: ARTICLES, state: 'done' });
  // Every article was indexed: a word of the generated titles finds articles.
  expect((await core!.search.search('council', 500)).length).toBeGreaterThan(0);
});

it('reads a saved search index in turns that wait while the reader scrolls, the next time the library opens', async () => {
  await core!.search.warmUp();
  await core!.close();
  core = await open();
  await readerScrolls();
  const reading = core.search.warmUp();
  await clock.asleep();
  expect(await settled(reading)).toBe(false);
  clock.advance(QUIET_AFTER_MS);
  await reading;
  expect((await core.search.search('council', 500)).length).toBeGreaterThan(0);
});

it('loads the timeline’s events in batches that wait while the reader scrolls, and finishes once they stop', async () => {
  await core!.search.warmUp();
  await readerScrolls();
  const loading = core!.timeline.warmUp();
  await clock.asleep();
  expect(await settled(loading)).toBe(false);
  clock.advance(QUIET_AFTER_MS);
  await loading;
  const stories = await core!.dispatch('stories.list', { minArticles: 2 });
  expect(stories.ok && (stories.value as { stories: unknown[] }).stories).toHaveLength(ARTICLES / 10);
});

it('stops waiting for a scrolling reader once the list of stories waits for the events (it took seconds at 3,000)', async () => {
  await core!.search.warmUp();
  await readerScrolls();
  const loading = core!.timeline.warmUp();
  await clock.asleep();
  expect(await settled(loading)).toBe(false);
  // The sidebar asks for the stories: the wait ends when it next looks (well within the quiet time), and no batch
  // after it waits for the reader, who scrolls on.
  const listing = core!.dispatch('stories.list', { minArticles: 2 });
  await readerScrolls();
  clock.advance(50);
  await loading;
  const stories = await listing;
  expect(stories.ok && (stories.value as { stories: unknown[] }).stories).toHaveLength(ARTICLES / 10);
});

it('walks the library’s folders for arrivals from other devices in turns that wait while the reader scrolls', async () => {
  await readerScrolls();
  const watching = core!.watchArrivals();
  await clock.asleep();
  expect(await settled(watching.ready)).toBe(false);
  clock.advance(QUIET_AFTER_MS);
  await watching.ready;
  await watching.close();
});

it('closes at once while its work waits for a scrolling reader, however long they scroll', async () => {
  await readerScrolls();
  const stop = core!.startBackgroundWork();
  await clock.asleep();
  stop();
  // Resolves with the clock standing still: closing never waits out a pause.
  await core!.close();
  expect(clock.sleeping).toBe(0);
  core = null;
});
