import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../../electron/cli/run.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `annals …` in this process, as bin.mjs would run it, with its own environment (nothing from
 * this process's but the test device, so no run makes a device file in the home folder) and working
 * folder; aborting `stop` is the reader's Ctrl-C.
 */
export async function annalsIn(
  args: string[],
  env: Record<string, string>,
  { cwd = root, stop = new AbortController().signal }: { cwd?: string; stop?: AbortSignal } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { ...testDeviceEnv(), ...env },
    cwd,
    onStop: (listener) => {
      stop.addEventListener('abort', listener);
      return () => stop.removeEventListener('abort', listener);
    },
  });
  return { code, stdout, stderr };
}

/** Runs `annals …` as a separate process through bin.mjs, as a reader's shell would. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['electron/cli/bin.mjs', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The device the tests run as (set in the vitest config). */
function testDeviceEnv(): Record<string, string> {
  const { ANNALS_DEVICE_ID, ANNALS_DEVICE_NAME } = process.env;
  return {
    ...(ANNALS_DEVICE_ID ? { ANNALS_DEVICE_ID } : {}),
    ...(ANNALS_DEVICE_NAME ? { ANNALS_DEVICE_NAME } : {}),
  };
}
