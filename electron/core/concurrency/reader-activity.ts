// The reader scrolling (the window says so, app.readerActive): the core's background work of the start (the search
// index built, the timeline's events loaded and found, the library's folders walked) waits between its batches. On
// two cores, a batch that runs while the list scrolls is a frame the window draws late (issue 12).

/** How a pause tells time: real by default, a test's own clock in tests (nothing in them waits for real time). */
export interface PauseClock {
  /** Milliseconds on a clock that never goes back. */
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/** Background work's pause between two batches (ReaderActivity.giveWay). */
export type GiveWay = (stillWanted?: () => boolean) => Promise<void>;

/** After the reader's last report, work waits this long: the window reports at most every 250 ms while scrolling. */
export const QUIET_AFTER_MS = 500;
/** Work never waits longer than this at a time: then one batch runs, so a reader scrolling for minutes starves nothing. */
export const LONGEST_WAIT_MS = 2_000;

/** How often a wait looks whether someone now waits for the work. */
const LOOK_MS = 50;

export const realPauseClock: PauseClock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    }),
};

export class ReaderActivity {
  private lastReport = Number.NEGATIVE_INFINITY;
  private readonly closed = new AbortController();

  constructor(
    private readonly clock: PauseClock = realPauseClock,
    private readonly quietAfterMs = QUIET_AFTER_MS,
    private readonly longestWaitMs = LONGEST_WAIT_MS,
  ) {}

  /** The reader is scrolling now. */
  report(): void {
    this.lastReport = this.clock.now();
  }

  /**
   * Called by background work between two batches: resolves at once when the reader is not scrolling, else once
   * they have been still for the quiet time, or after LONGEST_WAIT_MS at the latest, or when the core closes, or
   * when `stillWanted` says someone now waits for the work (a search for the index: it is looked at every LOOK_MS).
   */
  async giveWay(stillWanted: () => boolean = () => true): Promise<void> {
    const started = this.clock.now();
    while (!this.closed.signal.aborted && stillWanted()) {
      const now = this.clock.now();
      const until = Math.min(this.lastReport + this.quietAfterMs, started + this.longestWaitMs);
      if (now >= until) return;
      await this.clock.sleep(Math.min(until - now, LOOK_MS), this.closed.signal);
    }
  }

  /** The core closes: waits end now and none begins (closing never waits for the reader to stop scrolling). */
  close(): void {
    this.closed.abort();
  }
}
