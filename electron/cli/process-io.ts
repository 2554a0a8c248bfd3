import { stopOnExitRequest } from '../launch/exit-request.ts';
import type { CliIo } from './io.ts';

/**
 * The real process's io. A long-running command is stopped as browser mode always is (exit-request.ts):
 * Ctrl-C, a kill, a closed terminal or the launcher going away, and the process exits once it has closed.
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    onStop: (stop) => {
      stopOnExitRequest(async () => stop());
      // The process exits after stopping: nothing is left to stop listening.
      return () => {};
    },
  };
}
