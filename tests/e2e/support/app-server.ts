import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Annals in browser mode (`annals serve`) on a given library folder, as a user would start it. */
export class AppServer {
  private proc: ChildProcessWithoutNullStreams | null = null;
  url = '';

  /** `nodeArgs`: options for the server's Node before its script (a bench's `--cpu-prof`, say). */
  constructor(
    private readonly libraryDir: string,
    private readonly nodeArgs: string[] = [],
  ) {}

  /** The process that runs the core (the server and the dispatcher are one Node process), while it runs. */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  async start(): Promise<string> {
    const proc = spawn(
      process.execPath,
      [...this.nodeArgs, 'electron/cli/bin.mjs', 'serve', '--port', '0', '--library', this.libraryDir],
      {
        cwd: root,
        env: {
          ...process.env,
          ANNALS_ALLOW_PRIVATE_NETWORK: '1',
          ANNALS_DEVICE_ID: process.env.ANNALS_DEVICE_ID ?? 'e2etests',
        },
      },
    );
    this.proc = proc;
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk;
        const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
        if (line) resolve(line.trim());
      });
      proc.stderr.on('data', (chunk: Buffer) => {
        err += chunk;
      });
      proc.on('exit', (code) => reject(new Error(`annals serve exited (${code}): ${err}`)));
    });
    return this.url;
  }

  async stop(): Promise<void> {
    const proc = this.proc;
    this.proc = null;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.on('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  }
}
