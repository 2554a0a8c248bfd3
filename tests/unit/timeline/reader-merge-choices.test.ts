// The reader's word on merging, where Annals got it wrong: a report said to be "Not the same event" gets an entry of
// its own, and two entries said to be one are shown as one; both kept through restarts, both taken back on request.
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { EventRef, Timeline, TimelineEvent, TimelineScope } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';
import { installedSampleLibrary } from '../helpers/test-core.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));

const open = (libraryDir: string): Promise<Core> => {
  let stored: unknown = {};
  const settings = { read: () => stored, write: (value: unknown) => (stored = value) };
  const options = { libraryDir, device: testDevice, settings, shell: 'test' as const, version: '1.0.0', assetsDir };
  return openCore({ ...options, validateOutput: true });
};

/** The sample library, installed once and copied for each test. */
let sample: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  sample = await installedSampleLibrary(open);
}, 60_000);
afterAll(() => sample.cleanup());

let core: Core;
let library: Awaited<ReturnType<typeof tempDir>>;
let scope: TimelineScope;
beforeEach(async () => {
  library = await tempDir();
  await rm(library.dir, { recursive: true, force: true });
  await cp(sample.dir, library.dir, { recursive: true });
  core = await open(library.dir);
  const { stories } = await value<{ stories: { id: string; articleIds: string[] }[] }>('stories.list', {});
  scope = { kind: 'story', storyId: stories.find((story) => story.articleIds.length >= 4)!.id };
});
afterEach(async () => {
  await core.close();
  await library.cleanup();
});

async function value<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

const timeline = () => value<Timeline>('timeline.get', { scope });
const refsOf = (source: TimelineEvent['sources'][number]): EventRef[] =>
  [source.key, ...(source.alsoKeys ?? [])].map((key) => ({ articleId: source.articleId, key }));
/** The events that list this source's report (one, unless something is wrong). */
const holding = (events: TimelineEvent[], { articleId, key }: EventRef) =>
  events.filter((e) => e.sources.some((s) => s.articleId === articleId && s.key === key));
const articlesOf = (event: TimelineEvent | undefined) => event?.sources.map((s) => s.articleId);

async function restart() {
  await core.close();
  core = await open(library.dir);
}

it('shows a report the reader says is another happening on its own, after a restart too, until merged again', async () => {
  const merged = (await timeline()).events.find((e) => e.sources.length >= 3)!;
  const [first, taken, ...rest] = merged.sources;
  await value('timeline.editEvents', { refs: refsOf(taken!), patch: { apart: true } });
  await restart();

  const apart = (await timeline()).events;
  expect(articlesOf(holding(apart, first!)[0])).toEqual([first!.articleId, ...rest.map((s) => s.articleId)]);
  expect(holding(apart, taken!)).toMatchObject([
    { apart: true, edited: false, sources: [{ articleId: taken!.articleId }] },
  ]);

  await value('timeline.editEvents', { refs: refsOf(taken!), patch: { apart: false } });
  const [whole] = holding((await timeline()).events, taken!);
  expect(articlesOf(whole)).toEqual(articlesOf(merged));
  expect(whole!.apart).toBeUndefined();
});

it('shows two reports the reader says are one happening as one event, after a restart too, until one is kept apart', async () => {
  const events = (await timeline()).events;
  // Two entries of one day from articles that share none, which merging kept apart.
  const [one, other] = events.flatMap((a) =>
    events
      .filter((b) => b !== a && b.date === a.date && b.precision === a.precision && !b.endDate && !a.endDate)
      .filter((b) => !b.sources.some((s) => articlesOf(a)!.includes(s.articleId)))
      .map((b) => [a, b] as const),
  )[0]!;
  const joining = one.sources.flatMap(refsOf);
  await value('timeline.editEvents', { refs: joining, patch: { joined: other.sources.flatMap(refsOf) } });
  await restart();

  const joined = holding((await timeline()).events, one.sources[0]!);
  expect(joined).toHaveLength(1);
  expect(new Set(articlesOf(joined[0]))).toEqual(new Set([...articlesOf(one)!, ...articlesOf(other)!]));
  expect(joined[0]).toMatchObject({ joined: true, edited: false, date: one.date });

  // "Not the same event" on the other's report: the window takes back the join naming it, and keeps it apart.
  await value('timeline.editEvents', { refs: joining, patch: { joined: [] } });
  await value('timeline.editEvents', { refs: refsOf(other.sources[0]!), patch: { apart: true } });
  const after = (await timeline()).events;
  expect(holding(after, one.sources[0]!)).not.toEqual(holding(after, other.sources[0]!));
  expect(holding(after, other.sources[0]!)[0]).toMatchObject({ apart: true });
});

it('joins a report the reader kept apart from what merging made, and keeps both choices through a Reset', async () => {
  const merged = (await timeline()).events.find((e) => e.sources.length >= 3)!;
  const [first, taken] = merged.sources;
  await value('timeline.editEvents', { refs: refsOf(taken!), patch: { apart: true, text: 'Reworded by the reader.' } });
  // Joined to the entry it was kept out of: shown in it again, still kept apart from anything else merging joins.
  await value('timeline.editEvents', {
    refs: refsOf(taken!),
    patch: { joined: [{ articleId: first!.articleId, key: first!.key }] },
  });
  await value('timeline.resetEvents', { refs: refsOf(taken!) });
  const [whole] = holding((await timeline()).events, taken!);
  expect(articlesOf(whole)).toEqual(articlesOf(merged));
  expect(whole).toMatchObject({ joined: true, edited: false });
  expect(whole!.apart).toBeUndefined();
});
