// A library where some articles' events were never found here (imported, restored, synced from another
// computer, or found by older rules): the first timeline answers with the events stored, and the rest arrive
// as they are found, ending where a load that waited for them all ends.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { StorySummary, TaskProgress, Timeline } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
/** Two stories of ten; each article's text opens with two dated sentences. */
const ARTICLES = 20;
const now = () => new Date('2026-02-01T09:00:00Z');

let dir: string;
let cleanup: () => Promise<void>;
const opened: Core[] = [];
const removeAfter: string[] = [];

beforeEach(async () => {
  const temp = await tempDir();
  dir = temp.dir;
  cleanup = temp.cleanup;
});
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
  for (const folder of removeAfter.splice(0)) await rm(folder, { recursive: true, force: true });
  await cleanup();
});

async function open(libraryDir: string, waitForEvents = false): Promise<Core> {
  const core = await openCore({
    libraryDir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '1.0.0',
    assetsDir,
    validateOutput: true,
    now,
    waitForEvents,
  });
  opened.push(core);
  return core;
}

async function value<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

type Listed = { stories: (StorySummary & { eventCount: number })[] };

/** The generated library with the events of every other article never stored: those ids. */
async function libraryWithHalfTheEvents(): Promise<string[]> {
  const ids = await generateLibrary(dir, ARTICLES, 7, { events: true, eventsPerArticle: 2 });
  const missing = ids.filter((_, i) => i % 2 === 1);
  for (const id of missing) await rm(join(dir, 'articles', id, 'events.json'));
  return missing;
}

const sourcesOf = (timeline: Timeline) =>
  new Set(timeline.events.flatMap((event) => event.sources.map((source) => source.articleId)));

it('answers the first story timeline with the events stored, then the rest arrive, as a load that waited for them all', async () => {
  const missing = await libraryWithHalfTheEvents();
  const copy = `${dir}-complete`;
  await cp(dir, copy, { recursive: true });
  removeAfter.push(copy);
  const core = await open(dir);
  const progress: TaskProgress[] = [];
  const changed: string[] = [];
  core.onEvent((name, payload) => {
    if (name === 'progress' && (payload as TaskProgress).taskId === 'timeline') progress.push(payload as TaskProgress);
    if (name === 'timelineChanged') changed.push(...((payload as { articleIds?: string[] }).articleIds ?? []));
  });

  const first = await value<Listed>(core, 'stories.list', { minArticles: 2 });
  const story = first.stories.find((s) => s.articleIds.includes(missing[0]!))!;
  const shown = await value<Timeline>(core, 'timeline.get', { scope: { kind: 'story', storyId: story.id } });
  // Answered before the missing events were found: the stored ones only, while finding the rest says how far it got.
  expect(progress.some((task) => task.state === 'done')).toBe(false);
  expect(progress[0]).toMatchObject({ done: 0, total: missing.length, state: 'running' });
  expect(story.eventCount).toBe(10);
  const storedSources = sourcesOf(shown);
  expect(storedSources.size).toBe(5);
  for (const id of missing) expect(storedSources.has(id)).toBe(false);

  await core.timeline.idle();
  expect(progress.at(-1)).toMatchObject({ done: missing.length, total: missing.length, state: 'done' });
  // The window was told, article by article, so it reads its timelines again.
  expect(new Set(changed)).toEqual(new Set(missing));
  const after = await value<Timeline>(core, 'timeline.get', { scope: { kind: 'story', storyId: story.id } });
  expect(sourcesOf(after)).toEqual(new Set(story.articleIds));

  const complete = await open(copy, true);
  const waited = await value<Timeline>(complete, 'timeline.get', { scope: { kind: 'story', storyId: story.id } });
  expect(after).toEqual(waited);
  expect(await value<Listed>(core, 'stories.list', { minArticles: 1 })).toEqual(
    await value<Listed>(complete, 'stories.list', { minArticles: 1 }),
  );
  const everything = { scope: { kind: 'all' } };
  expect(await value<Timeline>(core, 'timeline.get', everything)).toEqual(
    await value<Timeline>(complete, 'timeline.get', everything),
  );
}, 180_000);

it('shows the article being read with its events at once, not after its turn in the catch-up', async () => {
  const missing = new Set(await libraryWithHalfTheEvents());
  const core = await open(dir);
  await value<Listed>(core, 'stories.list', { minArticles: 2 });
  // The newest of them: the catch-up works oldest first, so it would come last.
  const newest = core.library.list('all', 'published').find((article) => missing.has(article.id))!;
  const read = await value<{ events: unknown[] }>(core, 'timeline.article', { articleId: newest.id });
  expect(read.events.length).toBeGreaterThan(0);
  await core.timeline.idle();
  expect(await value<{ events: unknown[] }>(core, 'timeline.article', { articleId: newest.id })).toEqual(read);
}, 180_000);

it('prints a story timeline from the command line with every article’s events, also those never stored', async () => {
  const missing = await libraryWithHalfTheEvents();
  const listed = await annalsIn(['stories', '--json'], { ANNALS_LIBRARY: dir });
  const story = (JSON.parse(listed.stdout) as Listed['stories']).find((s) => s.articleIds.includes(missing[0]!))!;
  // Every article's events, the ten of the story counted: the command line has no background to fill them in later.
  expect(story.eventCount).toBe(20);
  const printed = await annalsIn(['timeline', '--story', story.id, '--json'], { ANNALS_LIBRARY: dir });
  expect(printed.stderr).toBe('');
  expect(printed.code).toBe(0);
  expect(sourcesOf(JSON.parse(printed.stdout) as Timeline)).toEqual(new Set(story.articleIds));
}, 180_000);
