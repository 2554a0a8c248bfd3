// A restore sanitizes every article's HTML (read-backup.ts): 100,000 pages parsed into trees, each
// garbage once written out. In the core's own heap that garbage grew with the library being restored;
// here it is done in a worker thread whose heap is capped and goes when the restore ends. The output is
// sanitizeStoredHtml's, byte for byte, in the worker or not: when no worker can start (a bundle without
// its file) or one dies (a page too large for its heap), that page and the rest are sanitized here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sanitizeStoredHtml } from '../../extract/sanitize.ts';
import type { SanitizeAnswer, SanitizeRequest } from './stored-html-worker.ts';

export interface SanitizerOptions {
  /** The worker's heap: enough for any page Annals saves, small beside the library's. */
  maxHeapMB?: number;
  /** The worker's module; by default the one beside this file (.ts from source, .js in a bundle). */
  workerUrl?: URL | null;
}

/** Workers started again after one died, before the rest is sanitized here. */
const RESTARTS = 2;

interface Pending {
  html: string;
  resolve: (clean: string) => void;
  reject: (error: unknown) => void;
}

export class StoredHtmlSanitizer {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private restartsLeft = RESTARTS;
  private readonly workerUrl: URL | null;
  private readonly maxHeapMB: number;
  /** Pages sanitized here rather than in the worker (none, unless it could not start or died). */
  sanitizedHere = 0;

  constructor(options: SanitizerOptions = {}) {
    this.workerUrl = options.workerUrl === undefined ? defaultWorkerUrl() : options.workerUrl;
    this.maxHeapMB = options.maxHeapMB ?? 96;
  }

  /** The page's HTML as sanitizeStoredHtml answers it. */
  sanitize(html: string): Promise<string> {
    const worker = this.running();
    if (!worker) return Promise.resolve(this.here(html));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { html, resolve, reject });
      worker.postMessage({ id, html } satisfies SanitizeRequest);
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
    if (!this.workerUrl || this.restartsLeft < 0) return null;
    this.restartsLeft--;
    let worker: Worker;
    try {
      worker = startWorker(this.workerUrl, this.maxHeapMB);
    } catch {
      this.restartsLeft = -1;
      return null;
    }
    worker.on('message', ({ id, clean }: SanitizeAnswer) => {
      const request = this.pending.get(id);
      this.pending.delete(id);
      request?.resolve(clean);
    });
    worker.on('error', () => this.lost(worker));
    worker.on('exit', () => this.lost(worker));
    this.worker = worker;
    return worker;
  }

  /** The worker died or stopped: what it was given is sanitized here, and the next page starts another. */
  private lost(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    const requests = [...this.pending.values()];
    this.pending.clear();
    for (const request of requests) {
      try {
        request.resolve(this.here(request.html));
      } catch (error) {
        request.reject(error);
      }
    }
  }

  private here(html: string): string {
    this.sanitizedHere++;
    return sanitizeStoredHtml(html);
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

/** The worker's module beside this one, or null where there is none (a bundle that left it out). */
function defaultWorkerUrl(): URL | null {
  const here = import.meta.url;
  if (!here) return null;
  // Beside this module with its extension: .ts from source, .js in the CLI's bundle, .cjs in the app's.
  const extension = /\.(ts|js|cjs|mjs)$/.exec(new URL(here).pathname)?.[1] ?? 'js';
  const url = new URL(`./stored-html-worker.${extension}`, here);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}
