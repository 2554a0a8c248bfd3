import { defineConfig } from 'vitest/config';
import unit, { unitSettings } from './vitest.config.ts';

/**
 * The unit suite's heavy part, run by `npm test` after it: the build's boundaries checked on a copy of
 * the repository, the packed app's file list, archives past zip64's limits and archive memory bounds,
 * the story rules' packed fingerprints against the plain ones over every tuned gold article. Kept apart
 * so the unit suite stays quick to run while working. Same settings, other files.
 */
export default defineConfig({
  ...unit,
  test: {
    ...unitSettings,
    include: ['tests/unit/**/*.heavy.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 300_000,
    // Archives of gigabytes and a copy of the repository: no more at once than there are cores.
    maxWorkers: '100%',
  },
});
