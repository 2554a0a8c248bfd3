/**
 * Collects what a callback reports and lets a test await a condition on it: each wait wakes on the
 * next report, never on a timer, and fails after `capMs`.
 */
export function recorder<T>() {
  const seen: T[] = [];
  let wake = () => {};
  return {
    seen,
    record(item: T): void {
      seen.push(item);
      wake();
    },
    async until(done: (seen: T[]) => boolean, what: string, capMs = 10_000): Promise<T[]> {
      const deadline = Date.now() + capMs;
      while (!done(seen)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`not ${what} within ${capMs} ms (got ${JSON.stringify(seen)})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return seen;
    },
  };
}
