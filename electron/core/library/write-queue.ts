/** Runs writes one after another: the core is the library's single writer. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => {});
    return result;
  }

  /** Resolves once every queued write has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => {});
  }
}
