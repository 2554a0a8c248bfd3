// A running app on a library whose events and stories are stored tells its windows nothing while nothing
// changes: every "library changed" or "timeline changed" makes a window read its lists again (thousands of
// articles parsed in the middle of a scroll, issue 12). The app's own files beside the library's (browser
// mode's address token) are no news; a library file another device really changed is.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { EventName, StorySummary } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import type { LegacyStories } from '../../../electron/core/timeline/stories/story-records.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));
const FAST = { debounceMs: 20, maxDelayMs: 200, rescanIntervalMs: 100 };
/** Long enough for the watcher to look at the library's folder several times over (FAST). */
const SEVERAL_RESCANS_MS = 1_500;

let dir: string;
let core: Core | null = null;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await core?.close();
  core = null;
  await cleanup();
});

async function value<T>(method: string, input: unknown): Promise<T> {
  const envelope = await core!.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The notices that make a window read its lists again, as the window would hear them. */
function listenForNotices(): { name: EventName; payload: unknown }[] {
  const heard: { name: EventName; payload: unknown }[] = [];
  core!.onEvent((name, payload) => {
    if (name === 'libraryChanged' || name === 'timelineChanged') heard.push({ name, payload });
  });
  return heard;
}

it('says nothing to the windows while a library with its events stored sits idle, and says so when another device renames a story', async () => {
  await generateLibrary(dir, 40, 7, { events: true });
  core = await openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'test',
    version: '1.0.0',
    assetsDir,
  });
  // What a window asks as it opens.
  const before = await value<{ stories: StorySummary[] }>('stories.list', { minArticles: 2 });
  await value('library.list', { view: 'all' });
  const heard = listenForNotices();
  await core.watchArrivals(FAST).ready;

  // Browser mode keeps its address's token beside the library's files; writing it changes nothing shown.
  await writeFile(join(dir, 'browser-token'), 'a-new-address-token\n');
  await new Promise((resolve) => setTimeout(resolve, SEVERAL_RESCANS_MS));
  expect(heard, 'notices while nothing a window shows changed').toEqual([]);

  // An older Annals on another device renames a story in the shared stories.json: that is news.
  const stories = JSON.parse(await readFile(join(dir, 'stories.json'), 'utf8')) as LegacyStories;
  const renamed = stories.stories[0]!;
  stories.stories[0] = { ...renamed, title: 'Harbour works, the whole story', renamed: true };
  const told = new Promise<void>((resolve) =>
    core!.onEvent((name) => {
      if (name === 'timelineChanged') resolve();
    }),
  );
  await writeFile(join(dir, 'stories.json'), JSON.stringify(stories));
  await told;
  const after = await value<{ stories: StorySummary[] }>('stories.list', { minArticles: 2 });
  const titles = (list: { stories: StorySummary[] }) => list.stories.map((story) => story.title);
  expect(titles(before)).not.toContain('Harbour works, the whole story');
  expect(titles(after)).toContain('Harbour works, the whole story');
}, 60_000);
