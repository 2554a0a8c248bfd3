/** Where a run of `annals` reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths in arguments are read from here. */
  cwd: string;
  /**
   * Calls `stop` when the reader asks a long-running command (`serve`) to end (Ctrl-C or a kill for a
   * process) and waits for it to finish closing. Answers how to stop listening.
   */
  onStop(stop: () => Promise<void>): () => void;
}
