// How long the core takes to answer the window while the timeline reads articles' texts and merges a story: the sample
// library's events being found, then its story's timeline opened for the first time (its reports merged), the reader
// opening an article meanwhile. Texts are read and reports merged in a worker thread (timeline-thread.ts); the
// baseline, in the same run, does both on the core's own thread, merging in turns that give way, as before.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Core, openCore } from '../../electron/core/index.ts';
import { testDevice } from '../unit/helpers/library.ts';

const assetsDir = fileURLToPath(new URL('../../assets/', import.meta.url));
/** The window asks again this often: a list refreshed, an article opened. */
const ASK_EVERY_MS = 50;
/** However long reading takes, asking stops after this. */
const ASKING_AT_MOST_MS = 180_000;

export interface AnswerFigures {
  /** Answers timed while the events were being found. */
  asked: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** From the sample's install to the last article's events found. */
  readingMs: number;
  /** Then, while the story's timeline was first opened (its reports merged): the answers, and the open itself. */
  opening: { asked: number; p95Ms: number; maxMs: number; openMs: number };
}

export interface AnswersWhileReadingFigures {
  worker: AnswerFigures;
  coreThread: AnswerFigures;
}

export async function benchAnswersWhileReading(): Promise<AnswersWhileReadingFigures> {
  // The baseline first: the worker's run then cannot gain from a disk cache the baseline warmed.
  const coreThread = await answersWhileReading(true);
  const worker = await answersWhileReading(false);
  return { worker, coreThread };
}

async function answersWhileReading(onThisThread: boolean): Promise<AnswerFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'annals-bench-answers-'));
  let stored: unknown = {};
  const core = await openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => stored, write: (value: unknown) => (stored = value) },
    shell: 'test',
    version: '1.0.0',
    assetsDir,
    timelineThread: { inWorker: !onThisThread },
  });
  try {
    const started = performance.now();
    const reading = askWhile(core, async () => {
      await answer(core, 'sample.install', {});
      await core.timeline.idle();
    });
    const times = await reading;
    const readingMs = performance.now() - started;
    const { stories } = await answer<{ stories: { id: string }[] }>(core, 'stories.list', { minArticles: 2 });
    const opened = performance.now();
    const openTimes = await askWhile(core, () =>
      answer(core, 'timeline.get', { scope: { kind: 'story', storyId: stories[0]!.id } }),
    );
    const openMs = performance.now() - opened;
    const { p50Ms, p95Ms, maxMs } = spread(times);
    const opening = spread(openTimes);
    return {
      asked: times.length,
      p50Ms,
      p95Ms,
      maxMs,
      readingMs,
      opening: { asked: openTimes.length, p95Ms: opening.p95Ms, maxMs: opening.maxMs, openMs },
    };
  } finally {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The window's answers (the list, then an article) timed while `work` goes on. */
async function askWhile(core: Core, work: () => Promise<unknown>): Promise<number[]> {
  const started = performance.now();
  let working = true;
  const done = work().finally(() => {
    working = false;
  });
  const times: number[] = [];
  while (working && performance.now() - started < ASKING_AT_MOST_MS) {
    const asked = performance.now();
    const { articles } = await answer<{ articles: { id: string }[] }>(core, 'library.list', { view: 'all' });
    if (articles[0]) await answer(core, 'article.get', { id: articles[0].id });
    times.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
  }
  await done;
  return times;
}

function spread(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0 };
}

async function answer<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

const ms = (value: number) => Math.round(value);

export function answersWhileReadingLines(figures: AnswersWhileReadingFigures): string[] {
  const line = (name: string, f: AnswerFigures) =>
    `  ${name}: p50 ${ms(f.p50Ms)} ms, p95 ${ms(f.p95Ms)} ms, longest ${ms(f.maxMs)} ms over ${f.asked} answers; all events found in ${ms(f.readingMs)} ms`;
  const opening = (name: string, { opening: f }: AnswerFigures) =>
    `  ${name}: p95 ${ms(f.p95Ms)} ms, longest ${ms(f.maxMs)} ms over ${f.asked} answers; the timeline shown in ${ms(f.openMs)} ms`;
  return [
    'answers to the window (the list, then an article) while the sample library’s events are found:',
    line('texts read in a worker thread', figures.worker),
    line('baseline, texts read on the core’s thread', figures.coreThread),
    'the same answers while its story’s timeline is first opened (its reports merged):',
    opening('merged in the worker thread', figures.worker),
    opening('baseline, merged on the core’s thread in turns', figures.coreThread),
  ];
}
