// One core process opening the timeline of a generated library, as the app does when the reader first
// opens it: the list of stories, then the timeline of the largest story. `baseline`: the same events files
// read raw (readFile and JSON.parse only). Prints one JSON line; its peak memory is this process's alone.
// Run by timeline-load.ts as a child process.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '../../electron/core/index.ts';
import { openBenchCore } from './bench-core.ts';

const [libraryDir, mode] = process.argv.slice(2) as [string, 'app' | 'baseline' | 'unfound' | 'unfound-cli'];

/** The largest story's id among those listed. */
function largestStory(listed: Awaited<ReturnType<Core['dispatch']>>): string {
  if (!listed.ok) throw new Error(listed.error.message);
  const stories = (listed.value as { stories: { id: string; articleIds: string[] }[] }).stories;
  const largest = [...stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  if (!largest) throw new Error('the library has no story of two articles or more');
  return largest.id;
}

async function storyEvents(core: Core, storyId: string): Promise<number> {
  const shown = await core.dispatch('timeline.get', { scope: { kind: 'story', storyId } });
  if (!shown.ok) throw new Error(shown.error.message);
  return (shown.value as { events: unknown[] }).events.length;
}

/**
 * A library whose events were never found here (restored, or synced from another computer: the stories come
 * along, the events do not): the largest story's timeline as first answered, then once every event is found.
 * Meanwhile the list of articles is asked for every quarter second, as a reader moving about the app would.
 */
async function unfound(waitForEvents: boolean): Promise<void> {
  const core = await openBenchCore(libraryDir, waitForEvents);
  let progressReports = 0;
  let changeNotices = 0;
  core.onEvent((name, payload) => {
    if (name === 'progress' && (payload as { taskId?: string }).taskId === 'timeline') progressReports++;
    if (name === 'timelineChanged') changeNotices++;
  });
  const listLatencies: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const asked = performance.now();
      await core.dispatch('library.list', { view: 'all' });
      listLatencies.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const storyId = largestStory(await core.dispatch('stories.list', { minArticles: 2 }));
  const firstEvents = await storyEvents(core, storyId);
  const firstAnswerMs = performance.now() - started;
  await core.timeline.idle();
  const completeEvents = await storyEvents(core, storyId);
  const completeMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  probing = false;
  await probe;
  await core.close();
  if (completeEvents === 0) throw new Error('the story timeline is empty once every event is found');
  const sorted = [...listLatencies].sort((a, b) => a - b);
  process.stdout.write(
    `${JSON.stringify({
      firstAnswerMs,
      firstEvents,
      completeMs,
      completeEvents,
      cpuMs: (used.user + used.system) / 1000,
      progressReports,
      changeNotices,
      listP50Ms: sorted[Math.floor(sorted.length / 2)] ?? 0,
      listMaxMs: sorted.at(-1) ?? 0,
      lists: sorted.length,
    })}\n`,
  );
}

if (mode === 'unfound' || mode === 'unfound-cli') {
  await unfound(mode === 'unfound-cli');
} else if (mode === 'baseline') {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let events = 0;
  const folders = [join(libraryDir, 'articles')];
  const derived = join(libraryDir, '.annals');
  for (const device of await readdir(derived).catch(() => [] as string[]))
    folders.push(join(derived, device, 'events'));
  for (const folder of folders) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const file = folder.endsWith('articles') ? join(folder, name, 'events.json') : join(folder, name);
      const raw = await readFile(file, 'utf8').catch(() => null);
      if (raw) events += (JSON.parse(raw) as { found: unknown[] }).found.length;
    }
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, events, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
} else {
  let started = performance.now();
  const core = await openBenchCore(libraryDir);
  const openMs = performance.now() - started;
  const openRssMB = process.resourceUsage().maxRSS / 1024;
  let progressReports = 0;
  core.onEvent((name, payload) => {
    const task = (payload as { taskId?: string }).taskId;
    if (name === 'progress' && (task === 'timeline' || task === 'timeline-load')) progressReports++;
  });
  // The timeline is asked for once the library is open, as when the reader opens the Timeline view.
  started = performance.now();
  const cpu = process.cpuUsage();
  const listed = await core.dispatch('stories.list', { minArticles: 2 });
  if (!listed.ok) throw new Error(listed.error.message);
  const storiesMs = performance.now() - started;
  const stories = (listed.value as { stories: { id: string; articleIds: string[] }[] }).stories;
  const largest = [...stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  if (!largest) throw new Error('the library has no story of two articles or more');
  const shown = await core.dispatch('timeline.get', { scope: { kind: 'story', storyId: largest.id } });
  if (!shown.ok) throw new Error(shown.error.message);
  const timelineMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  if ((shown.value as { events: unknown[] }).events.length === 0) throw new Error('the story timeline is empty');
  await core.close();
  process.stdout.write(
    `${JSON.stringify({ openMs, openRssMB, storiesMs, timelineMs, cpuMs, progressReports, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}
