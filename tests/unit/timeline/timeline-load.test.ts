// Opening the timeline of a library whose events were found before: read, never found again, and a large
// library says how far reading them has got.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { ArticleEvent, StorySummary, TaskProgress, Timeline } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { emptyRecord } from '../../../electron/core/library/article-record.ts';
import { formatStamp } from '../../../electron/core/sync/clock.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
/** Past the size from which loading the timeline says how far it got (500). */
const ARTICLES = 600;

let dir: string;
let core: Core | null = null;
let cleanup: () => Promise<void>;
/**
 * The large library, generated once: the two tests of loading it only open it and read it (this device's own folder
 * is all they write), and generating it was most of their time.
 */
let large: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  large = await tempDir();
  await generateLibrary(large.dir, ARTICLES, 7, { events: true, eventsPerArticle: 2 });
}, 90_000);
afterAll(() => large.cleanup());
beforeEach(async () => {
  const temp = await tempDir();
  dir = temp.dir;
  cleanup = temp.cleanup;
});
afterEach(async () => {
  await core?.close();
  core = null;
  await cleanup();
});

function open(libraryDir = dir): Promise<Core> {
  return openCore({
    libraryDir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '1.0.0',
    assetsDir,
    validateOutput: true,
  });
}

/** A library as saving leaves it: each article's events found (two a piece), ten articles to a story. */
function generate(count: number): Promise<string[]> {
  return generateLibrary(dir, count, 7, { events: true, eventsPerArticle: 2 });
}

async function value<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core!.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

it('opens the timeline of a library whose events were found before, saying how far reading them got, finding none again', async () => {
  core = await open(large.dir);
  const progress: TaskProgress[] = [];
  core.onEvent((name, payload) => {
    if (name === 'progress') progress.push(payload as TaskProgress);
  });
  const { stories } = await value<{ stories: (StorySummary & { eventCount: number })[] }>('stories.list', {
    minArticles: 2,
  });
  expect(stories).toHaveLength(ARTICLES / 10);
  expect(stories.every((story) => story.eventCount === 20)).toBe(true);
  const timeline = await value<Timeline>('timeline.get', { scope: { kind: 'story', storyId: stories[0]!.id } });
  expect(timeline.events.length).toBeGreaterThan(0);

  const reading = progress.filter((task) => task.taskId === 'timeline-load');
  expect(reading[0]).toMatchObject({ label: 'Loading the timeline', done: 0, total: ARTICLES, state: 'running' });
  expect(reading.at(-1)).toMatchObject({ done: ARTICLES, total: ARTICLES, state: 'done' });
  // Nothing was found again: no extraction progress, and no events file written for this device.
  expect(progress.filter((task) => task.taskId === 'timeline')).toEqual([]);
  expect(await readdir(join(large.dir, '.annals', testDevice.id, 'events')).catch(() => [])).toEqual([]);
}, 90_000);

it('says how far loading a large library’s events got at most twice a second, not every few articles', async () => {
  // Each notice redraws the window's status area while the reader may be scrolling (issue 12). The bound below is
  // the load's own time, so any library past the threshold tells a notice every few articles from one a half second.
  const articles = ARTICLES;
  core = await open(large.dir);
  const notices: { at: number; task: TaskProgress }[] = [];
  core.onEvent((name, payload) => {
    const task = payload as TaskProgress;
    if (name === 'progress' && task.taskId === 'timeline-load') notices.push({ at: performance.now(), task });
  });
  const started = performance.now();
  await value('stories.list', { minArticles: 2 });
  const took = performance.now() - started;

  expect(notices.at(-1)?.task).toMatchObject({ done: articles, total: articles, state: 'done' });
  const between = notices.filter(({ task }) => task.state === 'running' && task.done > 0);
  // However quick or slow this machine: one notice at the start, one at the end, and one a half second between.
  expect(between.length).toBeLessThanOrEqual(Math.floor(took / 500));
  for (const [i, { at, task }] of between.entries()) {
    if (i > 0) expect(at - between[i - 1]!.at, `notice of ${task.done}`).toBeGreaterThanOrEqual(450);
  }
}, 90_000);

it("hides an event another device's reader hid, read from that device's record as the timeline opens", async () => {
  const [id] = await generate(20);
  core = await open();
  const before = await value<{ events: ArticleEvent[] }>('timeline.article', { articleId: id! });
  const hidden = before.events[0]!;
  expect(hidden.hidden).toBe(false);
  await core.close();
  core = null;

  const record = emptyRecord(id!, 'otherdevice');
  record.events[hidden.key] = { hidden: { value: true, at: formatStamp(Date.parse('2026-01-02'), 0, 'otherdevice') } };
  await mkdir(join(dir, 'articles', id!, 'records'), { recursive: true });
  await writeFile(join(dir, 'articles', id!, 'records', 'otherdevice.json'), JSON.stringify(record));
  core = await open();
  const after = await value<{ events: ArticleEvent[] }>('timeline.article', { articleId: id! });
  expect(after.events.find((event) => event.key === hidden.key)?.hidden).toBe(true);
  expect(after.events.filter((event) => event.key !== hidden.key).every((event) => !event.hidden)).toBe(true);
});
