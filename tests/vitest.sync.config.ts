import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Integration tests with real sync daemons (Syncthing on loopback): slower than the unit suite, so
 * kept apart from it, one file at a time (each starts two daemons), with time for them to meet.
 */
export default defineConfig({
  root,
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
