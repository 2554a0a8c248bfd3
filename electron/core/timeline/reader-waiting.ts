// Whether a reader waits for the timeline's loading: one who opened a timeline, an article's events or the list of
// stories. Loading the stored events at start rests between batches, so the window being scrolled keeps a core; a rest
// under way ends the moment a reader starts waiting, instead of running out its time (a tenth of a second a batch).
import { setTimeout as delay } from 'node:timers/promises';

export class ReaderWaiting {
  private readers = 0;
  private readonly rests = new Set<AbortController>();

  get waiting(): boolean {
    return this.readers > 0;
  }

  /** A reader waits from now: every rest under way ends. */
  started(): void {
    this.readers++;
    for (const rest of this.rests) rest.abort();
  }

  ended(): void {
    this.readers--;
  }

  /** Rests `ms`, or until a reader starts waiting; not at all while one waits. */
  async rest(ms: number): Promise<void> {
    if (this.waiting) return;
    const rest = new AbortController();
    this.rests.add(rest);
    try {
      await delay(ms, undefined, { signal: rest.signal }).catch(() => {});
    } finally {
      this.rests.delete(rest);
    }
  }
}
