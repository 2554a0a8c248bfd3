import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { openMovableCore } from '../../electron/core/library-home/movable-core.ts';
import { testDevice } from '../unit/helpers/library.ts';
import { generateLibrary } from './generate-library.ts';

/**
 * Settings › Sync › Move library to… on a large library: the whole folder copied (synced to disk in
 * batches, many files at once), read back and compared by hash, the copy opened, the old folder renamed aside.
 * Timed into another folder on the same disk and onto another file system (a tmpfs) when there is
 * one, each beside `cp -r` of the same tree timed in the same run (no syncing, no checking).
 */
export interface MoveFigures {
  articles: number;
  files: number;
  megabytes: number;
  sameDisk: MoveTimes;
  /** null when no other file system was found to move onto. */
  otherFileSystem: (MoveTimes & { path: string }) | null;
}

interface MoveTimes {
  moveMs: number;
  /** Of the move: closing, listing and copying (every file synced), then reading back and comparing (from its progress, to 1/200). */
  copyMs: number;
  checkMs: number;
  cpMs: number;
}

const run = promisify(execFile);
const assetsDir = fileURLToPath(new URL('../../assets/', import.meta.url));
/** A file system other than the disk's, in memory, when the machine has one (Linux). */
const OTHER_FILE_SYSTEM = '/dev/shm';

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

async function otherFileSystem(near: string): Promise<string | null> {
  const [here, there] = await Promise.all([stat(near), stat(OTHER_FILE_SYSTEM).catch(() => null)]);
  return there?.isDirectory() && there.dev !== here.dev ? OTHER_FILE_SYSTEM : null;
}

export async function benchMoveLibrary(count: number): Promise<MoveFigures> {
  const work = await mkdtemp(join(tmpdir(), `annals-bench-move-${count}-`));
  const elsewhere = await otherFileSystem(work);
  const away = elsewhere ? await mkdtemp(join(elsewhere, `annals-bench-move-${count}-`)) : null;
  try {
    const home = join(work, 'library');
    await generateLibrary(home, count, 7, { events: true });
    const core = await openMovableCore({
      libraryDir: home,
      device: testDevice,
      settings: { read: () => ({}), write: () => {} },
      shell: 'cli',
      version: 'bench',
      assetsDir,
    });
    try {
      // As the app leaves a library: its index, search index and timeline written, nothing pending.
      await core.search.warmUp();
      await core.timeline.idle();
      const progress: { done: number; total: number; at: number }[] = [];
      core.onEvent((name, payload) => {
        if (name === 'progress')
          progress.push({ ...(payload as { done: number; total: number }), at: performance.now() });
      });
      /** The move to `to`, timed whole and by its two passes over the files. */
      const move = async (to: string) => {
        progress.length = 0;
        const start = performance.now();
        const envelope = await core.dispatch('library.move', { to });
        const moveMs = performance.now() - start;
        if (!envelope.ok) throw new Error(`library.move: ${envelope.error.message}`);
        const moved = envelope.value as { files: number; bytes: number };
        const copied = progress.find((entry) => entry.done >= moved.files)?.at ?? start;
        const checked = progress.find((entry) => entry.total > 0 && entry.done >= entry.total)?.at ?? copied;
        return { ...moved, moveMs, copyMs: copied - start, checkMs: checked - copied };
      };

      const cpSameMs = await timed(() => run('cp', ['-r', home, join(work, 'cp-baseline')]));
      await rm(join(work, 'cp-baseline'), { recursive: true, force: true });
      const same = await move(join(work, 'moved'));
      const listed = await core.dispatch('library.list', { view: 'all' });
      if (!listed.ok || (listed.value as { articles: unknown[] }).articles.length !== count)
        throw new Error('the moved library does not list every article');

      let other: MoveFigures['otherFileSystem'] = null;
      if (away) {
        const cpAwayMs = await timed(() => run('cp', ['-r', join(work, 'moved'), join(away, 'cp-baseline')]));
        await rm(join(away, 'cp-baseline'), { recursive: true, force: true });
        const { moveMs, copyMs, checkMs } = await move(join(away, 'moved'));
        other = { path: OTHER_FILE_SYSTEM, moveMs, copyMs, checkMs, cpMs: cpAwayMs };
      }
      return {
        articles: count,
        files: same.files,
        megabytes: same.bytes / 1024 / 1024,
        sameDisk: { moveMs: same.moveMs, copyMs: same.copyMs, checkMs: same.checkMs, cpMs: cpSameMs },
        otherFileSystem: other,
      };
    } finally {
      await core.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
    if (away) await rm(away, { recursive: true, force: true });
  }
}

export function moveLines(figures: MoveFigures): string[] {
  const round = (value: number) => Math.round(value);
  const ratio = (ours: number, baseline: number) => Math.round((ours / baseline) * 10) / 10;
  const { sameDisk, otherFileSystem: other } = figures;
  const passes = (times: MoveTimes) =>
    `${round(times.moveMs)} ms (closing, listing and copying ${round(times.copyMs)} ms, reading back ${round(times.checkMs)} ms, opening the copy and the rest ${round(times.moveMs - times.copyMs - times.checkMs)} ms)`;
  return [
    `move library of ${figures.articles} articles (${figures.files} files, ${figures.megabytes.toFixed(1)} MB; files copied and synced in batches, read back and compared by hash, the copy opened, the old folder renamed aside):`,
    `  same disk ${passes(sameDisk)}; baseline \`cp -r\` of the same tree (no syncing or checking) ${round(sameDisk.cpMs)} ms, ratio ours/baseline ${ratio(sameDisk.moveMs, sameDisk.cpMs)}x`,
    other
      ? `  onto another file system (${other.path}) ${passes(other)}; baseline \`cp -r\` ${round(other.cpMs)} ms, ratio ${ratio(other.moveMs, other.cpMs)}x`
      : '  onto another file system: none found to move onto',
  ];
}

// `tsx tests/bench/move-library.ts [articles]`: this figure alone (npm run bench prints it with the rest).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 10_000);
  process.stdout.write(`${moveLines(await benchMoveLibrary(count)).join('\n')}\n`);
}
