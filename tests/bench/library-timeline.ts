// The whole library's timeline ("Everything in the library") on a generated library: how long the reader waits for
// it the first time, again, and after an edit, and how much the answer weighs, beside a baseline from the same run
// (the stored events read raw, sorted by date and written as JSON: no merging, no sources). Each in a child process
// of its own (library-timeline-process.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { childJson } from './child-json.ts';
import { generateLibrary } from './generate-library.ts';

interface Shown {
  ms: number;
  events: number;
  bytes: number;
}

export interface LibraryTimelineFigures {
  articles: number;
  /** The first list of stories (stories.list), which waits for every article's events to be read. */
  storiesMs: number;
  /** The first open (every story merged), again (kept), built anew with the merges kept (every open before). */
  first: Shown;
  again: Shown;
  builtAnew: Shown;
  /** Opened again after one event was hidden. */
  afterEdit: Shown;
  rssMB: number;
  baseline: Shown;
  /** The first open of a new process with no merges kept on disk, and with those a run before kept. */
  restartCold: AfterRestart;
  restartWarm: AfterRestart;
}

interface AfterRestart {
  ms: number;
  cpuMs: number;
  /** Sentences the tagger read, and stories merged, for that open. */
  tagged: number;
  merges: number;
  /** Of the timeline answered: the same with merges kept on disk as without. */
  digest: string;
}

function child<T>(dir: string, mode: 'app' | 'baseline' | 'restart-cold' | 'restart-warm'): Promise<T> {
  return childJson<T>(new URL('./library-timeline-process.ts', import.meta.url), [dir, mode]);
}

/** A library of `count` articles, eight dated sentences each, ten articles to a story. */
export async function benchLibraryTimeline(count: number): Promise<LibraryTimelineFigures> {
  const dir = await mkdtemp(join(tmpdir(), `annals-bench-library-timeline-${count}-`));
  try {
    await generateLibrary(dir, count, 7, { events: true, eventsPerArticle: 8 });
    const baseline = await child<Shown>(dir, 'baseline');
    const app = await child<Omit<LibraryTimelineFigures, 'articles' | 'baseline' | `restart${string}`>>(dir, 'app');
    const restartCold = await child<AfterRestart>(dir, 'restart-cold');
    const restartWarm = await child<AfterRestart>(dir, 'restart-warm');
    return { articles: count, ...app, baseline, restartCold, restartWarm };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function libraryTimelineLines(figures: LibraryTimelineFigures): string[] {
  const ms = (shown: { ms: number }) => `${Math.round(shown.ms)} ms`;
  const mb = (shown: Shown) => `${Math.round(shown.bytes / 100_000) / 10} MB`;
  const ratio = (shown: { ms: number }) => `${Math.round((shown.ms / figures.baseline.ms) * 10) / 10}x`;
  const { first, again, builtAnew, afterEdit, baseline, restartCold: cold, restartWarm: warm } = figures;
  const restart = (run: AfterRestart) =>
    `${ms(run)} (${ratio(run)}; CPU ${Math.round(run.cpuMs)} ms; ${run.merges} stories merged, ${run.tagged} sentences tagged)`;
  return [
    `library timeline (${figures.articles} articles, ${first.events} events, ${mb(first)} answered): first open ${ms(first)} (${ratio(first)}); again ${ms(again)} (${ratio(again)}; built anew, as every open was before, ${ms(builtAnew)}, ${ratio(builtAnew)}); after hiding an event ${ms(afterEdit)} (${ratio(afterEdit)}); peak memory ${Math.round(figures.rssMB)} MB`,
    `  first list of stories ${Math.round(figures.storiesMs)} ms (${Math.round((figures.storiesMs / baseline.ms) * 10) / 10}x)`,
    `  first open after a restart: merges kept on disk ${restart(warm)}; none kept ${restart(cold)}; ${cold.digest === warm.digest ? 'the same timeline' : `timelines differ (${cold.digest}, ${warm.digest})`}`,
    `  baseline (the ${baseline.events} stored events read raw, sorted by date, written as JSON, ${mb(baseline)}): ${ms(baseline)}`,
  ];
}

export function libraryTimelineJson(figures: LibraryTimelineFigures): Record<string, number> {
  return {
    articles: figures.articles,
    events: figures.first.events,
    bytes: figures.first.bytes,
    storiesMs: Math.round(figures.storiesMs),
    firstMs: Math.round(figures.first.ms),
    againMs: Math.round(figures.again.ms),
    builtAnewMs: Math.round(figures.builtAnew.ms),
    afterEditMs: Math.round(figures.afterEdit.ms),
    rssMB: Math.round(figures.rssMB),
    baselineMs: Math.round(figures.baseline.ms),
    restartColdMs: Math.round(figures.restartCold.ms),
    restartWarmMs: Math.round(figures.restartWarm.ms),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npx tsx tests/bench/library-timeline.ts [articles]`: this figure alone.
  const count = Number(process.argv[2] ?? 3_000);
  process.stdout.write(`${libraryTimelineLines(await benchLibraryTimeline(count)).join('\n')}\n`);
}
