// One core process opening the timeline of a generated library, as the app does when the reader first
// opens it: the list of stories, then the timeline of the largest story. `baseline`: the same events files
// read raw (readFile and JSON.parse only). Prints one JSON line; its peak memory is this process's alone.
// Run by timeline-load.ts as a child process.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBenchCore } from './bench-core.ts';

const [libraryDir, mode] = process.argv.slice(2) as [string, 'app' | 'baseline'];

if (mode === 'baseline') {
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
