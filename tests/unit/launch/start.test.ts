// `npm start` and `npm run serve` as a reader runs them: real processes, ended the ways a reader ends them.
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/library.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

let library: { dir: string; cleanup: () => Promise<void> };
let launched: ChildProcess | null = null;

beforeEach(async () => {
  library = await tempDir();
});
afterEach(async () => {
  // Should a test fail half-way, its processes go with it.
  if (launched?.pid && launched.exitCode === null) process.kill(-launched.pid, 'SIGKILL');
  launched = null;
  await library.cleanup();
});

interface Launch {
  child: ChildProcess;
  /** The address browser mode printed. */
  address: URL;
  /** Resolves once the launched processes have written `text` on stderr. */
  saidOnStderr(text: string): Promise<string>;
  /** Resolves once every process that shares our pipes has exited (npm, its shell, the launcher, the server). */
  allGone: Promise<void>;
}

/** Starts a command in a process group of its own, as a terminal would, with no display to open a window on. */
async function launch(command: string, args: string[]): Promise<Launch> {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  launched = child;
  let out = '';
  let err = '';
  const waiting: { text: string; resolve: (err: string) => void }[] = [];
  child.stderr!.on('data', (chunk) => {
    err += chunk;
    for (const waiter of waiting.filter(({ text }) => err.includes(text))) waiter.resolve(err);
  });
  const allGone = new Promise<void>((resolve) => child.stdout!.once('close', () => resolve()));
  const address = await new Promise<URL>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/m.exec(out)?.[0];
      if (line) resolve(new URL(line));
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before serving: ${out}${err}`)));
  });
  return {
    child,
    address,
    saidOnStderr: (text) =>
      err.includes(text) ? Promise.resolve(err) : new Promise((resolve) => waiting.push({ text, resolve })),
    allGone,
  };
}

function refused(address: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(address.port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

async function answers(address: URL): Promise<boolean> {
  const reply = await fetch(new URL('/api/app.info', address), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-annals-token': address.searchParams.get('token') ?? '' },
    body: '{}',
  });
  return reply.ok;
}

describe('browser mode started from npm', () => {
  it('says why no window opened and where to go, and stops its server on Ctrl-C', async () => {
    const started = await launch(process.execPath, [
      'electron/launch/start.mjs',
      '--browser',
      '--library',
      library.dir,
    ]);
    expect(await answers(started.address)).toBe(true);
    const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
    const said = await started.saidOnStderr(started.address.href);
    expect(said).toContain('no browser window could be opened: there is no graphical display here');
    expect(said).toContain(`open this address in your browser: ${started.address.href}`);

    // Ctrl-C in a terminal reaches every process of the foreground group.
    process.kill(-started.child.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    await started.allGone;
    expect(await refused(started.address)).toBe(true);
  });

  it('stops its server when the npm process is killed outright', async () => {
    const started = await launch('npm', ['run', 'serve', '--', '--library', library.dir]);
    expect(await answers(started.address)).toBe(true);
    // npm's own shell survives a SIGKILL of npm; the launcher notices its launcher is gone.
    process.kill(started.child.pid!, 'SIGKILL');
    await started.allGone;
    expect(await refused(started.address)).toBe(true);
  });
});
