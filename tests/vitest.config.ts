import { statfsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import EnvironmentSequencer from './environment-sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where the tests' libraries go: a folder in memory when the system has one with room (Linux's /dev/shm), else the
 * system's temp folder. Saving syncs every file to disk; on a disk each sync waits for it, in memory it returns at
 * once (the sync and convergence tests' CPU ~30% lower). The same code runs either way, and no unit test can tell a
 * sync from its absence.
 */
function testTempDir(): Record<string, string> {
  try {
    const shm = statfsSync('/dev/shm');
    if (shm.bavail * shm.bsize >= 2 ** 30) return { TMPDIR: '/dev/shm' };
  } catch {
    // No folder in memory here (macOS, Windows): the system's temp folder.
  }
  return {};
}

/** A test file that replaces a module (vi.mock) is named so: it gets modules of its own. */
export const ISOLATED_TESTS = 'tests/unit/**/*.isolated.test.ts';

/** What the unit suite and its heavy part share: where tests run and how long they may take. */
export const unitSettings = {
  environment: 'node',
  // The design tokens are read as text by the article frame (tokens.css?raw); other stylesheets stay out.
  css: { include: [/renderer\/src\/styles\/tokens\.css/] },
  testTimeout: 20_000,
  hookTimeout: 20_000,
  pool: 'forks',
  setupFiles: ['tests/unit/helpers/dom-waits.ts'],
  // Every CLI and server a test starts is one fixed device, never this computer's own identity.
  env: { ANNALS_DEVICE_ID: 'testdevice', ANNALS_DEVICE_NAME: 'Test computer' },
} satisfies ViteUserConfig['test'];

export default defineConfig({
  root,
  plugins: [react()],
  test: {
    ...unitSettings,
    // Not the heavy part's: its archives of gigabytes would not fit in memory.
    env: { ...unitSettings.env, ...testTempDir() },
    // Many tests wait on fsync and child processes: one worker more than half again the cores keeps them busy.
    maxWorkers: '150%',
    // Tagging and merging a library's articles make short-lived objects by the million: with room for more of them
    // the young-generation collector runs less often (CPU of the timeline and renderer tests ~5% lower).
    execArgv: ['--max-semi-space-size=64'],
    // A worker goes on to the next file only if it runs in the same environment: DOM tests kept together.
    sequence: { sequencer: EnvironmentSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          // Tests that build the app, copy the repository or write archives of gigabytes: `npm run test:heavy`.
          exclude: ['**/node_modules/**', 'tests/unit/**/*.heavy.test.ts', ISOLATED_TESTS],
          // The files of a worker share the modules they load: loading the extraction rules, React and the core
          // afresh for each of 200 files was two thirds of the suite's time (CPU 145 s against 54 s for the
          // timeline and extraction tests). Tests that replace a module are kept apart (ISOLATED_TESTS).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: [ISOLATED_TESTS], isolate: true } },
    ],
  },
});
