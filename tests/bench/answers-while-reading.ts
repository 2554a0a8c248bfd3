// How long the core takes to answer the window while the timeline reads articles' texts: the sample library's events
// being found, the reader opening an article meanwhile. The texts are read in a worker thread (text-reader.ts); the
// baseline, in the same run, reads them on the core's own thread, as before.
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
    textReader: { inWorker: !onThisThread },
  });
  try {
    const started = performance.now();
    let reading = true;
    const done = (async () => {
      await answer(core, 'sample.install', {});
      await core.timeline.idle();
      reading = false;
    })();
    const times: number[] = [];
    while (reading && performance.now() - started < ASKING_AT_MOST_MS) {
      const asked = performance.now();
      const { articles } = await answer<{ articles: { id: string }[] }>(core, 'library.list', { view: 'all' });
      if (articles[0]) await answer(core, 'article.get', { id: articles[0].id });
      times.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
    }
    await done;
    const readingMs = performance.now() - started;
    const sorted = times.sort((a, b) => a - b);
    const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
    return { asked: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0, readingMs };
  } finally {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  }
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
  return [
    'answers to the window (the list, then an article) while the sample library’s events are found:',
    line('texts read in a worker thread', figures.worker),
    line('baseline, texts read on the core’s thread', figures.coreThread),
  ];
}
