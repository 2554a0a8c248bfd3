// The app's timeline on a generated library: how long the reader waits for the first story's timeline after
// opening the library, and the core's peak memory meanwhile, beside a baseline from the same run (the same
// events files read raw, JSON.parse only). Each in a child process of its own (timeline-load-process.ts).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { childJson } from './child-json.ts';
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

function child<T>(dir: string, mode: 'app' | 'baseline' | 'unfound' | 'unfound-cli'): Promise<T> {
  return childJson<T>(new URL('./timeline-load-process.ts', import.meta.url), [dir, mode]);
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

export interface FirstAnswerFigures {
  articles: number;
  /** The app: the largest story's timeline as first answered, and once every event is found. */
  firstAnswerMs: number;
  firstEvents: number;
  completeMs: number;
  completeEvents: number;
  cpuMs: number;
  progressReports: number;
  changeNotices: number;
  /** The list of articles, asked for every quarter second while the events are found. */
  listP50Ms: number;
  listMaxMs: number;
  lists: number;
  /** The same library from the command line, which answers only once every event is found. */
  oneShotMs: number;
  oneShotCpuMs: number;
}

type UnfoundRun = Omit<FirstAnswerFigures, 'articles' | 'oneShotMs' | 'oneShotCpuMs'>;

/**
 * A library whose events were never found on this computer (restored, imported, synced from another one, or
 * found by rules since changed): the stories came along, ten articles to a story, the events did not. The app
 * and the command line each open a copy of it as it was.
 */
export async function benchTimelineFirstAnswer(count: number): Promise<FirstAnswerFigures> {
  const dir = await mkdtemp(join(tmpdir(), `annals-bench-unfound-${count}-`));
  const pristine = join(dir, 'pristine');
  try {
    const ids = await generateLibrary(pristine, count, 7, { events: true, eventsPerArticle: EVENTS_PER_ARTICLE });
    await Promise.all(ids.map((id) => rm(join(pristine, 'articles', id, 'events.json'))));
    const copyOf = async (name: string) => {
      await cp(pristine, join(dir, name), { recursive: true });
      return join(dir, name);
    };
    const app = await child<UnfoundRun>(await copyOf('app'), 'unfound');
    const oneShot = await child<UnfoundRun>(await copyOf('cli'), 'unfound-cli');
    return { articles: count, ...app, oneShotMs: oneShot.completeMs, oneShotCpuMs: oneShot.cpuMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function firstAnswerLines(figures: FirstAnswerFigures): string[] {
  const round = (value: number) => Math.round(value);
  return [
    `first timeline with no events stored (${figures.articles} articles, ten to a story, the stories kept): the largest story's timeline answered after ${round(figures.firstAnswerMs)} ms with ${figures.firstEvents} events, complete after ${round(figures.completeMs)} ms with ${figures.completeEvents} (CPU ${round(figures.cpuMs)} ms); ${figures.progressReports} progress reports, ${figures.changeNotices} change notices; the list of articles meanwhile p50 ${round(figures.listP50Ms)} ms, slowest ${round(figures.listMaxMs)} ms (${figures.lists} asks)`,
    `  the command line on the same library (waits for every event): ${round(figures.oneShotMs)} ms (CPU ${round(figures.oneShotCpuMs)} ms)`,
  ];
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
export function timelineLoadJson(figures: TimelineLoadFigures | FirstAnswerFigures): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, Math.round(value)]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npx tsx tests/bench/timeline-load.ts [articles]`: this figure alone; `--unfound [articles]`: the first timeline
  // of a library with no events stored.
  const unfound = process.argv.includes('--unfound');
  const count = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? (unfound ? 300 : 3_000));
  const lines = unfound
    ? firstAnswerLines(await benchTimelineFirstAnswer(count))
    : timelineLoadLines(await benchTimelineLoad(count));
  process.stdout.write(`${lines.join('\n')}\n`);
}
