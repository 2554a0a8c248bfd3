import type { PauseClock } from '../../../electron/core/concurrency/reader-activity.ts';

/**
 * A clock that moves only when a test says: work resting on it waits for `advance`, never for real time, so what
 * a test sees while work rests cannot depend on the machine's speed.
 */
export class ManualClock implements PauseClock {
  private time = 0;
  private readonly sleepers: { until: number; wake: () => void }[] = [];
  private readonly watchers: (() => void)[] = [];

  now = (): number => this.time;

  sleep = (ms: number, signal: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      const sleeper = {
        until: this.time + ms,
        wake: () => {
          const at = this.sleepers.indexOf(sleeper);
          if (at >= 0) this.sleepers.splice(at, 1);
          resolve();
        },
      };
      if (signal.aborted) return resolve();
      this.sleepers.push(sleeper);
      signal.addEventListener('abort', () => sleeper.wake(), { once: true });
      for (const watcher of this.watchers.splice(0)) watcher();
    });

  /** How many waits are under way. */
  get sleeping(): number {
    return this.sleepers.length;
  }

  /** Resolves once something waits on this clock (at once when something does already). */
  asleep(): Promise<void> {
    if (this.sleepers.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push(resolve));
  }

  /** Moves time on, waking every wait that ends by then. */
  advance(ms: number): void {
    this.time += ms;
    for (const sleeper of this.sleepers.filter((s) => s.until <= this.time)) sleeper.wake();
  }
}

/** Whether `promise` has settled once the turns of work already queued have run (work resting on a clock has not). */
export async function settlesNow(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  return done;
}
