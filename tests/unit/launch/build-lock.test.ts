// Two builds of one checkout never write dist at once: on a fresh clone, two `annals serve` started together
// each build the app, and vite empties dist/renderer under the other's running server (a 404 for the reader).
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withBuildLock } from '../../../electron/launch/build-lock.mjs';
import { tempDir } from '../helpers/library.ts';

const lockModule = fileURLToPath(new URL('../../../electron/launch/build-lock.mjs', import.meta.url));

let work: { dir: string; cleanup: () => Promise<void> };
let lockDir: string;
beforeEach(async () => {
  work = await tempDir();
  lockDir = join(work.dir, 'dist', '.build-lock');
});
afterEach(async () => {
  await work.cleanup();
});

/** A build stand-in in its own process: notes when it starts and ends its work under the lock. */
function builder(name: string, log: string): Promise<number | null> {
  const script = `
    import { appendFileSync } from 'node:fs';
    import { withBuildLock } from ${JSON.stringify(lockModule)};
    await withBuildLock(${JSON.stringify(lockDir)}, async () => {
      appendFileSync(${JSON.stringify(log)}, ${JSON.stringify(`${name} start\n`)});
      await new Promise((resolve) => setTimeout(resolve, 400));
      appendFileSync(${JSON.stringify(log)}, ${JSON.stringify(`${name} end\n`)});
    }, { pollMs: 20 });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('one build at a time', () => {
  it('lets a second process build only once the first has finished', async () => {
    const log = join(work.dir, 'order.txt');
    const codes = await Promise.all([builder('a', log), builder('b', log)]);
    expect(codes).toEqual([0, 0]);
    const lines = (await readFile(log, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(4);
    // Whichever won, its end comes before the other's start.
    const first = lines[0]?.split(' ')[0];
    expect(lines.slice(0, 2)).toEqual([`${first} start`, `${first} end`]);
    await expect(stat(lockDir)).rejects.toThrow(/ENOENT/);
  });

  it('takes over a lock left by a build whose process is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    await mkdir(lockDir, { recursive: true });
    await writeFile(join(lockDir, 'owner'), gone.stdout.trim());
    let waited = false;
    const answer = await withBuildLock(lockDir, async () => 'built', { onWait: () => (waited = true) });
    expect(answer).toBe('built');
    expect(waited).toBe(false);
  });

  it('says which folder to remove when a running build holds the lock too long', async () => {
    await mkdir(lockDir, { recursive: true });
    await writeFile(join(lockDir, 'owner'), String(process.pid));
    let ran = false;
    await expect(withBuildLock(lockDir, async () => (ran = true), { waitMs: 200, pollMs: 20 })).rejects.toThrow(
      `another build has held ${lockDir} for over 0 s; remove that folder if no build is running`,
    );
    expect(ran).toBe(false);
  });

  it('lets the next build go after one that failed', async () => {
    await expect(
      withBuildLock(lockDir, async () => {
        throw new Error('vite failed');
      }),
    ).rejects.toThrow('vite failed');
    expect(await withBuildLock(lockDir, async () => 'next', { waitMs: 200 })).toBe('next');
  });
});
