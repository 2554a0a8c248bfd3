// Work that would hold the core's thread for long (parsing a restored page, reading an article's events with the
// tagger) is done in a worker thread: meanwhile the core answers the window (an article opened during an import).
// The answer must not depend on where the work ran, so each runner also knows how to do it here, and does when no
// worker can start (a bundle without its file) or one died (a page too large for its capped heap).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkMessage, WorkRequest } from './off-thread-worker.ts';

export interface OffThreadOptions {
  /** The worker's module, or null to do every piece of work here. */
  workerUrl: URL | null;
  /** The worker's heap: enough for any one piece of work, small beside the core's. */
  maxHeapMB: number;
}

/** Workers started again after one died, before the rest is done here. */
const RESTARTS = 2;

/** How far a long piece of work has got, told while it goes on (a story's merge): plain data, as the answer. */
export type Progress = (progress: unknown) => void;

interface Pending<Request, Answer> {
  request: Request;
  onProgress: Progress | undefined;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

export class OffThread<Request, Answer> {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending<Request, Answer>>();
  private nextId = 0;
  private restartsLeft = RESTARTS;
  /** Pieces of work done here rather than in the worker (none, unless it could not start or died). */
  doneHere = 0;

  constructor(
    private readonly options: OffThreadOptions,
    /** The same work, done on this thread. */
    private readonly here: (request: Request, onProgress?: Progress) => Answer | Promise<Answer>,
  ) {}

  run(request: Request, onProgress?: Progress): Promise<Answer> {
    const worker = this.running();
    if (!worker) return this.doHere(request, onProgress);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { request, onProgress, resolve, reject });
      // Work waiting keeps the process alive (a command waiting for its answer); an idle worker does not.
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, request } satisfies WorkRequest<Request>);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.restartsLeft = 0;
    await worker?.terminate();
  }

  private running(): Worker | null {
    if (this.worker) return this.worker;
    if (!this.options.workerUrl || this.restartsLeft < 0) return null;
    this.restartsLeft--;
    let worker: Worker;
    try {
      worker = startWorker(this.options.workerUrl, this.options.maxHeapMB);
    } catch {
      this.restartsLeft = -1;
      return null;
    }
    worker.unref();
    worker.on('message', (answer: WorkMessage<Answer>) => {
      const request = this.pending.get(answer.id);
      if ('progress' in answer) {
        request?.onProgress?.(answer.progress);
        return;
      }
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if (!request) return;
      if (answer.ok) request.resolve(answer.answer);
      else request.reject(new Error(answer.message));
    });
    worker.on('error', () => this.lost(worker));
    worker.on('exit', () => this.lost(worker));
    this.worker = worker;
    return worker;
  }

  /** The worker died or stopped: what it was given is done here, and the next piece of work starts another. */
  private lost(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    const requests = [...this.pending.values()];
    this.pending.clear();
    for (const { request, onProgress, resolve, reject } of requests)
      this.doHere(request, onProgress).then(resolve, reject);
  }

  private async doHere(request: Request, onProgress: Progress | undefined): Promise<Answer> {
    this.doneHere++;
    return this.here(request, onProgress);
  }
}

function startWorker(url: URL, maxHeapMB: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMB, maxYoungGenerationSizeMb: 16 };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { resourceLimits });
  // Run from source (tests, the bench, development): TypeScript is loaded through tsx, as there.
  // A module that cannot load ends the thread, whatever the process does with unhandled rejections.
  const load = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); }).catch(() => process.exit(1))`;
  return new Worker(load, { eval: true, resourceLimits });
}

/**
 * A worker's module named `name`, beside the module at `moduleUrl` (its import.meta.url), with that module's
 * extension: .ts from source, .js in the command line's bundle, .cjs in the app's, where every worker is built beside
 * the bundle. Null where there is none (a bundle that left it out).
 */
export function workerBeside(moduleUrl: string | undefined, name: string): URL | null {
  if (!moduleUrl) return null;
  const extension = /\.(ts|js|cjs|mjs)$/.exec(new URL(moduleUrl).pathname)?.[1] ?? 'js';
  const url = new URL(`./${name}.${extension}`, moduleUrl);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}
