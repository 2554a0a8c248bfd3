import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import EnvironmentSequencer from './environment-sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

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
    // Many tests wait on fsync and child processes: one worker more than half again the cores keeps them busy.
    maxWorkers: '150%',
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
