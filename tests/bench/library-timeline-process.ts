// One core process opening the whole library's timeline ("Everything in the library") as the reader does: once the
// stories are listed, the timeline asked for, opened again, and opened again after an event was hidden. `built
// anew`: what every open cost before timelines were kept (built-timelines.ts), measured by forgetting the kept one.
// `baseline`: the same stored events read raw, sorted by date and written out as JSON, with no merging at all.
// `restart-cold`, `restart-warm`: the first open of a new process, with no merges kept on disk (removed first) or with
// those the run before kept (merged-story-files.ts).
// Prints one JSON line. Run by library-timeline.ts as a child process.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '../../electron/core/index.ts';
import { taggerReads } from '../../electron/core/timeline/language/tagger-reads.ts';
import { openBenchCore } from './bench-core.ts';

const [libraryDir, mode] = process.argv.slice(2) as [string, 'app' | 'baseline' | 'restart-cold' | 'restart-warm'];

interface Shown {
  ms: number;
  events: number;
  bytes: number;
}

async function libraryTimeline(core: Core): Promise<Shown> {
  const started = performance.now();
  const shown = await core.dispatch('timeline.get', { scope: { kind: 'all' } });
  if (!shown.ok) throw new Error(shown.error.message);
  // What the loopback server writes to the browser: the answer as JSON.
  const bytes = Buffer.byteLength(JSON.stringify(shown.value));
  const events = (shown.value as { events: unknown[] }).events.length;
  return { ms: performance.now() - started, events, bytes };
}

async function app() {
  const core = await openBenchCore(libraryDir);
  // The sidebar's first list of stories: every article's events are read for it.
  const listing = performance.now();
  const listed = await core.dispatch('stories.list', { minArticles: 2 });
  const storiesMs = performance.now() - listing;
  if (!listed.ok) throw new Error(listed.error.message);
  const first = await libraryTimeline(core);
  const again = await libraryTimeline(core);
  core.timeline.builtTimelines.forget();
  const builtAnew = await libraryTimeline(core);
  const kept = await core.dispatch('timeline.get', { scope: { kind: 'all' } });
  if (!kept.ok) throw new Error(kept.error.message);
  const { events } = kept.value as { events: { sources: { articleId: string; key: string }[] }[] };
  const hidden = await core.dispatch('timeline.editEvents', { refs: events[0]!.sources, patch: { hidden: true } });
  if (!hidden.ok) throw new Error(hidden.error.message);
  const afterEdit = await libraryTimeline(core);
  await core.close();
  if (afterEdit.events !== first.events - 1) throw new Error('the hidden event is still on the library timeline');
  return { storiesMs, first, again, builtAnew, afterEdit, rssMB: process.resourceUsage().maxRSS / 1024 };
}

/** The library's timeline, first opened after a start: the merges kept on disk removed first (`cold`), or not. */
async function afterRestart(cold: boolean) {
  const core = await openBenchCore(libraryDir);
  if (cold) await rm(core.library.paths.mergedStories, { recursive: true, force: true });
  const listed = await core.dispatch('stories.list', { minArticles: 2 });
  if (!listed.ok) throw new Error(listed.error.message);
  const [tagged, cpu] = [taggerReads.sentences, process.cpuUsage()];
  const started = performance.now();
  const shown = await core.dispatch('timeline.get', { scope: { kind: 'all' } });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (!shown.ok) throw new Error(shown.error.message);
  const answer = JSON.stringify(shown.value);
  await core.close();
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    tagged: taggerReads.sentences - tagged,
    merges: core.timeline.mergedStories.merges,
    digest: createHash('sha256').update(answer).digest('hex').slice(0, 16),
  };
}

async function baseline(): Promise<Shown> {
  const started = performance.now();
  const events: { date: string }[] = [];
  const derived = join(libraryDir, '.annals');
  for (const device of await readdir(derived).catch(() => [] as string[])) {
    const folder = join(derived, device, 'events');
    for (const name of await readdir(folder).catch(() => [] as string[]))
      events.push(...(JSON.parse(await readFile(join(folder, name), 'utf8')) as { found: { date: string }[] }).found);
  }
  for (const name of await readdir(join(libraryDir, 'articles'))) {
    const raw = await readFile(join(libraryDir, 'articles', name, 'events.json'), 'utf8').catch(() => null);
    if (raw) events.push(...(JSON.parse(raw) as { found: { date: string }[] }).found);
  }
  events.sort((a, b) => a.date.localeCompare(b.date));
  const bytes = Buffer.byteLength(JSON.stringify({ events }));
  return { ms: performance.now() - started, events: events.length, bytes };
}

const runs = { baseline, app, 'restart-cold': () => afterRestart(true), 'restart-warm': () => afterRestart(false) };
const run = runs[mode];
process.stdout.write(`${JSON.stringify(await run())}\n`);
