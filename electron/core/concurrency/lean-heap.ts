import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Bulk work under way that asked for a lean heap. */
let holders = 0;
let collect: (() => void) | null = null;

/**
 * Runs long bulk work (a backup, a restore) with V8 keeping its heap near what is live. By default V8
 * lets the heap of a process that has just read a large library's index grow to more than twice its
 * live size before a full collection: a backup of 100,000 articles, whose own live memory is a few
 * megabytes, peaked 60 to 110 MB above the opened library on garbage alone. So the work starts with
 * one full collection (about a tenth of a second on that heap), and V8 sizes the heap conservatively
 * until it ends (the flag is read each time the heap is sized, as Node's own example of
 * setFlagsFromString toggles a flag for a while); opening the library keeps V8's faster default.
 */
export async function withLeanHeap<T>(work: () => Promise<T>): Promise<T> {
  if (holders++ === 0) {
    setFlagsFromString('--optimize-for-size');
    collectGarbage();
  }
  try {
    return await work();
  } finally {
    if (--holders === 0) setFlagsFromString('--no-optimize-for-size');
  }
}

/** A full collection now: V8's gc(), reached from a context made while --expose-gc is set. */
function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
    // Only that context holds it: contexts made later get no gc() of their own.
    setFlagsFromString('--no-expose-gc');
  }
  collect();
}
