// The worker thread a restore sanitizes its articles' HTML in (see stored-html-sanitizer.ts): each
// article's parsed tree is garbage the moment it is written out, and here that garbage stays in a heap
// of its own, capped, instead of piling up in the core's beside the library being restored.
import { answerRequests } from '../../concurrency/off-thread-worker.ts';
import { sanitizeStoredHtml } from '../../extract/sanitize.ts';

answerRequests(sanitizeStoredHtml);
