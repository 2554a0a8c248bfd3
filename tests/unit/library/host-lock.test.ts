import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { hostLockPath, LibraryInUseError } from '../../../electron/core/library/host-lock.ts';
import { Library } from '../../../electron/core/library/library.ts';
import { processStart } from '../../../electron/core/library/process-start.ts';
import { makePrivateFolder } from '../../../electron/core/storage/private-files.ts';
import { runCli } from '../helpers/cli.ts';
import { extractedArticle, noImages, tempDir } from '../helpers/library.ts';

// Two profiles on one computer (two device ids) pointed at one library folder: the README promises the
// second is refused. Devices on other computers, whose locks a sync tool may carry, never are.

const holder = fileURLToPath(new URL('./hold-library-child.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = fileURLToPath(new URL('../../../electron/cli/bin.mjs', import.meta.url));
const desktop = { id: 'desktop1', name: 'Desktop' };
const laptop = { id: 'laptop1', name: 'Laptop' };

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function library(): Promise<string> {
  const temp = await tempDir('annals-host-lock-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

async function open(dir: string, device: { id: string; name: string }): Promise<Library> {
  const opened = await Library.open(dir, { device });
  cleanups.push(() => opened.close());
  return opened;
}

interface OtherAnnals {
  pid: number;
  /** `ready`, or `refused <message>`. */
  said: Promise<string>;
  close(): Promise<number | null>;
}

/** Another Annals process on this computer, opening `dir` as `device`. */
function otherAnnals(dir: string, device: string): OtherAnnals {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', holder, dir, device]);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  // One that was refused ends by itself, and may be ending as "close" is written to it (EPIPE): nothing to close then.
  child.stdin.on('error', () => {});
  const said = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    exited.then(() => reject(new Error(`the other Annals ended without a word: ${stderr}`)));
  });
  const close = async () => {
    if (child.exitCode === null) child.stdin.write('close\n');
    return exited;
  };
  cleanups.push(close);
  return { pid: child.pid!, said, close };
}

/** `annals serve` in its own process: what it printed and its exit code, or killed if it keeps running. */
function serveAs(dir: string, device: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, ANNALS_LIBRARY: dir, ANNALS_DEVICE_ID: device, ANNALS_DEVICE_NAME: device };
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], { cwd: root, env });
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    }),
  );
}

/** A pid no process has any more: a child that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

async function writeLock(file: string, holder: Record<string, unknown>): Promise<void> {
  await makePrivateFolder(dirname(file));
  await writeFile(file, JSON.stringify(holder));
}

describe('one Annals per library on each computer, whatever device it runs as', () => {
  it('refuses a second Annals as another device while the first has the folder, naming it, and opens once it closes', async () => {
    const dir = await library();
    const first = otherAnnals(dir, desktop.id);
    expect(await first.said).toBe('ready');

    const refusal = await Library.open(dir, { device: laptop }).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(LibraryInUseError);
    expect((refusal as Error).message).toMatch(
      new RegExp(
        `^This library is open in another Annals process on this computer \\(pid ${first.pid}, device “Profile desktop1” \\(desktop1\\), since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)\\. Close that Annals first, or use it instead`,
      ),
    );
    expect(await first.close()).toBe(0);
    const second = await open(dir, laptop);
    await second.save(extractedArticle(1), { loadImage: noImages });
    expect(second.size).toBe(1);
  });

  it('refuses, in a second process, a device other than the one that has the folder open', async () => {
    const dir = await library();
    await open(dir, desktop);

    const second = otherAnnals(dir, laptop.id);

    expect(await second.said).toMatch(
      new RegExp(
        `^refused This library is open in another Annals process on this computer \\(pid ${process.pid}, device “Desktop” \\(desktop1\\)`,
      ),
    );
    expect(await second.close()).toBe(1);
  });

  it('stops a command that writes with the message and a failing exit code, and lets one that reads answer', async () => {
    const dir = await library();
    const app = await open(dir, desktop);
    const { article } = await app.save(extractedArticle(1), { loadImage: noImages });
    const env = { ANNALS_LIBRARY: dir, ANNALS_DEVICE_ID: laptop.id, ANNALS_DEVICE_NAME: laptop.name };

    const refused = await runCli(['tag', article.id, 'elsewhere'], env);
    const listed = await runCli(['list', '--json'], env);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /open in another Annals process on this computer \(pid \d+, device “Desktop” \(desktop1\)/,
    );
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).map((row: { id: string }) => row.id)).toEqual([article.id]);
    await app.close();
    expect((await runCli(['tag', article.id, 'elsewhere'], env)).code).toBe(0);
  });

  it('keeps browser mode from starting beside the app, saying why, with a failing exit code', async () => {
    const dir = await library();
    await open(dir, desktop);

    const served = await serveAs(dir, laptop.id);

    expect(served.code).toBe(1);
    expect(served.stdout).toBe('');
    expect(served.stderr).toMatch(
      new RegExp(`annals: This library is open in another Annals process on this computer \\(pid ${process.pid},`),
    );
  });

  it.skipIf(process.platform === 'win32')(
    'knows the folder reached through a symbolic link as the same library',
    async () => {
      const dir = await library();
      const other = await library();
      const linked = join(other, 'Annals');
      await symlink(dir, linked);
      const first = otherAnnals(dir, desktop.id);
      expect(await first.said).toBe('ready');

      await expect(Library.open(linked, { device: laptop })).rejects.toThrow(
        `open in another Annals process on this computer (pid ${first.pid}, device “Profile desktop1”`,
      );
    },
  );

  it('lets this computer open a library whose lock another computer left there (a sync tool carried it)', async () => {
    const dir = await library();
    const elsewhere = hostLockPath(dir, 'other-computer');
    const carried = JSON.stringify({
      hostname: 'other-computer',
      // A pid that is alive here, as another computer's may happen to be.
      pid: process.ppid,
      started: null,
      device: 'faraway1',
      deviceName: 'Faraway',
      since: new Date().toISOString(),
    });
    await writeLock(elsewhere, JSON.parse(carried));

    const opened = await open(dir, laptop);

    expect(opened.size).toBe(0);
    // Another computer's lock is its own: left as it came.
    expect(JSON.parse(await readFile(elsewhere, 'utf8'))).toEqual(JSON.parse(carried));
  });

  it('takes over a lock left by an Annals that ended without closing', async () => {
    const dir = await library();
    const pid = await deadPid();
    await writeLock(hostLockPath(dir), {
      hostname: hostname(),
      pid,
      started: null,
      device: desktop.id,
      deviceName: desktop.name,
      since: new Date().toISOString(),
    });

    await open(dir, laptop);

    // And holds it now: another process is refused in its name.
    const third = otherAnnals(dir, 'tablet1');
    expect(await third.said).toMatch(new RegExp(`pid ${process.pid}, device “Laptop” \\(laptop1\\)`));
  });

  it.skipIf(process.platform === 'win32')(
    'takes over a lock whose pid now belongs to another process than the Annals that wrote it',
    async () => {
      const dir = await library();
      const live = process.ppid;
      expect(await processStart(live)).not.toBeNull();
      await writeLock(hostLockPath(dir), {
        hostname: hostname(),
        pid: live,
        started: 'linux:an-earlier-boot:12345',
        device: desktop.id,
        deviceName: desktop.name,
        since: '2026-01-01T00:00:00.000Z',
      });

      const opened = await open(dir, laptop);

      expect(opened.size).toBe(0);
    },
  );

  it('refuses a lock whose live holder cannot be told apart from a newer process (no start time known)', async () => {
    const dir = await library();
    await writeLock(hostLockPath(dir), {
      hostname: hostname(),
      pid: process.ppid,
      started: null,
      device: desktop.id,
      deviceName: desktop.name,
      since: '2026-12-03T06:00:00.000Z',
    });

    await expect(Library.open(dir, { device: laptop })).rejects.toThrow(
      `pid ${process.ppid}, device “Desktop” (desktop1), since 2026-12-03 06:00 UTC`,
    );
  });
});
