// The app's timeline on a generated library: how long the reader waits for the first story's timeline after
// opening the library, and the core's peak memory meanwhile, beside a baseline from the same run (the same
// events files read raw, JSON.parse only). Each in a child process of its own (timeline-load-process.ts).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { generateLibrary } from './generate-library.ts';

/** Dated sentences per generated article: a news report names a handful of dates. */
const EVENTS_PER_ARTICLE = 8;

export interface TimelineLoadFigures {
  articles: number;
  events: number;
  /** Opening the library itself (before the timeline is asked for), for scale. */
  openMs: number;
  /** From the library open to the largest story's timeline built (stories.list, then timeline.get). */
  firstTimelineMs: number;
  /** Of which: until the list of stories answered (every article's events and the stories loaded). */
  storiesMs: number;
  /** CPU time of the core over that wait (steadier than the wait on a busy machine). */
  cpuMs: number;
  rssMB: number;
  /** Peak memory once the library was open, before the timeline was asked for. */
  openRssMB: number;
  /** How often the core said how far loading had got. */
  progressReports: number;
  baselineMs: number;
  baselineCpuMs: number;
  baselineRssMB: number;
}

interface AppRun {
  openMs: number;
  storiesMs: number;
  timelineMs: number;
  cpuMs: number;
  progressReports: number;
  rssMB: number;
  openRssMB: number;
}

async function child<T>(dir: string, mode: 'app' | 'baseline'): Promise<T> {
  const script = fileURLToPath(new URL('./timeline-load-process.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, dir, mode], {
    timeout: 60 * 60_000,
    maxBuffer: 1_048_576,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/** A library of `count` articles whose events were found when they were saved, ten articles to a story. */
export async function benchTimelineLoad(count: number): Promise<TimelineLoadFigures> {
  const dir = await mkdtemp(join(tmpdir(), `annals-bench-timeline-${count}-`));
  try {
    await generateLibrary(dir, count, 7, { events: true, eventsPerArticle: EVENTS_PER_ARTICLE });
    const baseline = await child<{ ms: number; cpuMs: number; events: number; rssMB: number }>(dir, 'baseline');
    const app = await child<AppRun>(dir, 'app');
    return {
      articles: count,
      events: baseline.events,
      openMs: app.openMs,
      firstTimelineMs: app.timelineMs,
      storiesMs: app.storiesMs,
      cpuMs: app.cpuMs,
      rssMB: app.rssMB,
      openRssMB: app.openRssMB,
      progressReports: app.progressReports,
      baselineMs: baseline.ms,
      baselineCpuMs: baseline.cpuMs,
      baselineRssMB: baseline.rssMB,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function timelineLoadLines(figures: TimelineLoadFigures): string[] {
  const round = (value: number) => Math.round(value);
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  return [
    `timeline load (${figures.articles} articles, ${figures.events} stored events, ten articles to a story): first story timeline ${round(figures.firstTimelineMs)} ms after the library opened (CPU ${round(figures.cpuMs)} ms; stories listed after ${round(figures.storiesMs)} ms; the library's own open ${round(figures.openMs)} ms); peak memory ${round(figures.rssMB)} MB (${round(figures.openRssMB)} MB once open); ${figures.progressReports} progress reports`,
    `  baseline (the same events files read raw, JSON.parse only): ${round(figures.baselineMs)} ms (CPU ${round(figures.baselineCpuMs)} ms), ${round(figures.baselineRssMB)} MB; ratio ours/baseline ${ratio(figures.firstTimelineMs, figures.baselineMs)}x (CPU ${ratio(figures.cpuMs, figures.baselineCpuMs)}x)`,
  ];
}

/** The figures for the `--json` line. */
export function timelineLoadJson(figures: TimelineLoadFigures): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, Math.round(value)]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npx tsx tests/bench/timeline-load.ts [articles]`: this figure alone.
  const count = Number(process.argv[2] ?? 3_000);
  process.stdout.write(`${timelineLoadLines(await benchTimelineLoad(count)).join('\n')}\n`);
}
