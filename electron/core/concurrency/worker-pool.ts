/**
 * At most `limit` tasks at once, each worker taking the next item as soon as it is free. Items come
 * from `take`, asked again after every task, so a queue that grows (or is paused) while the pool
 * runs is followed: `take` answering undefined stops a worker, and `fill` starts workers again.
 */
export class WorkerPool<T extends {}> {
  private workers = 0;

  constructor(
    private readonly limit: number,
    private readonly take: () => T | undefined,
    private readonly work: (item: T) => Promise<void>,
  ) {}

  /** Starts workers up to the limit while there is work; resolves when the workers it started stop. */
  fill(): Promise<void> {
    const started: Promise<void>[] = [];
    while (this.workers < this.limit) {
      const item = this.take();
      if (item === undefined) break;
      this.workers++;
      started.push(this.run(item));
    }
    return Promise.all(started).then(() => {});
  }

  private async run(first: T): Promise<void> {
    try {
      for (let item: T | undefined = first; item !== undefined; item = this.take()) await this.work(item);
    } finally {
      this.workers--;
    }
  }
}

/** Runs `work` on every item, at most `limit` at once; rejects with the first task that fails. */
export function forEachLimited<T extends {}>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  return new WorkerPool(limit, () => (next < items.length ? items[next++] : undefined), work).fill();
}

/**
 * Runs `work` on every item, at most `limit` at once; at the first failure no further item is started,
 * and once the tasks under way have ended it rejects with that failure: nothing runs on after it (a copy
 * being removed again is not written into meanwhile).
 */
export async function forEachLimitedUntilFailure<T extends {}>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  await new WorkerPool(
    limit,
    () => (failure === null && next < items.length ? items[next++] : undefined),
    async (item) => {
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    },
  ).fill();
  if (failure !== null) throw (failure as { error: unknown }).error;
}
