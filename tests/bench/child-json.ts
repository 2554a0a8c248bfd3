// A bench's child process: a script of tests/bench run with tsx, whose last line of output is its figures as JSON.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export async function childJson<T>(script: URL, args: string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(script), ...args], {
    timeout: 60 * 60_000,
    maxBuffer: 1_048_576,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}
