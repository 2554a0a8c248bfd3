// A restore sanitizes every article's HTML (read-backup.ts): 100,000 pages parsed into trees, each
// garbage once written out. In the core's own heap that garbage grew with the library being restored;
// here it is done in a worker thread whose heap is capped and goes when the restore ends. The output is
// sanitizeStoredHtml's, byte for byte, in the worker or not: when no worker can start (a bundle without
// its file) or one dies (a page too large for its heap), that page and the rest are sanitized here.
import { OffThread, workerBeside } from '../../concurrency/off-thread.ts';
import { sanitizeStoredHtml } from '../../extract/sanitize.ts';

export interface SanitizerOptions {
  /** The worker's heap: enough for any page Annals saves, small beside the library's. */
  maxHeapMB?: number;
  /** The worker's module; by default the one beside this file (.ts from source, .js in a bundle). */
  workerUrl?: URL | null;
}

export class StoredHtmlSanitizer {
  private readonly thread: OffThread<string, string>;

  constructor(options: SanitizerOptions = {}) {
    this.thread = new OffThread(
      {
        workerUrl:
          options.workerUrl === undefined ? workerBeside(import.meta.url, 'stored-html-worker') : options.workerUrl,
        maxHeapMB: options.maxHeapMB ?? 96,
      },
      sanitizeStoredHtml,
    );
  }

  /** Pages sanitized here rather than in the worker (none, unless it could not start or died). */
  get sanitizedHere(): number {
    return this.thread.doneHere;
  }

  /** The page's HTML as sanitizeStoredHtml answers it. */
  sanitize(html: string): Promise<string> {
    return this.thread.run(html);
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
