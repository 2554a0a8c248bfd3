// The worker thread a restore sanitizes its articles' HTML in (see stored-html-sanitizer.ts): each
// article's parsed tree is garbage the moment it is written out, and here that garbage stays in a heap
// of its own, capped, instead of piling up in the core's beside the library being restored.
import { parentPort } from 'node:worker_threads';
import { sanitizeStoredHtml } from '../../extract/sanitize.ts';

export interface SanitizeRequest {
  id: number;
  html: string;
}

export interface SanitizeAnswer {
  id: number;
  clean: string;
}

parentPort?.on('message', ({ id, html }: SanitizeRequest) => {
  parentPort?.postMessage({ id, clean: sanitizeStoredHtml(html) } satisfies SanitizeAnswer);
});
