// One build at a time in a checkout. On a fresh clone, two `annals serve` (or `npm start`) started together
// would each run vite, and vite empties dist/renderer before writing it: the first one's server would
// answer 404 while the second build runs. Plain JavaScript, because it runs before anything is built.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const OWNER_FILE = 'owner';

/**
 * Runs `work` while holding the lock folder `lockDir` (made with mkdir, which only one process wins).
 * A lock whose owner process is gone, or older than `staleMs`, was left by a build that crashed: it is taken over.
 * @template T
 * @param {string} lockDir
 * @param {() => Promise<T>} work
 * @param {{ waitMs?: number, pollMs?: number, staleMs?: number, onWait?: () => void }} [options]
 * @returns {Promise<T>}
 */
export async function withBuildLock(lockDir, work, options = {}) {
  const { waitMs = 10 * 60_000, pollMs = 100, staleMs = 15 * 60_000, onWait } = options;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
    }
    if (isStale(lockDir, staleMs)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - started > waitMs) {
      throw new Error(
        `another build has held ${lockDir} for over ${Math.round(waitMs / 1000)} s; remove that folder if no build is running`,
      );
    }
    if (!told) {
      told = true;
      onWait?.();
    }
    await sleep(pollMs);
  }
  writeFileSync(path.join(lockDir, OWNER_FILE), String(process.pid));
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function isStale(lockDir, staleMs) {
  let owner = Number.NaN;
  try {
    owner = Number(readFileSync(path.join(lockDir, OWNER_FILE), 'utf8'));
  } catch {
    // Just made: its owner is writing its name.
  }
  if (Number.isInteger(owner) && owner > 0 && !isRunning(owner)) return true;
  try {
    return Date.now() - statSync(lockDir).mtimeMs > staleMs;
  } catch {
    return false; // released meanwhile
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === 'EPERM';
  }
}
