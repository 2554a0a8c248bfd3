import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // Tests that build the app, copy the repository or write archives of gigabytes: `npm run test:heavy`.
    exclude: ['**/node_modules/**', 'tests/unit/**/*.heavy.test.ts'],
    environment: 'node',
    // The design tokens are read as text by the article frame (tokens.css?raw); other stylesheets stay out.
    css: { include: [/renderer\/src\/styles\/tokens\.css/] },
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Many tests wait on fsync and child processes: one worker more than half again the cores keeps them busy
    // (measured on 2 cores: 168 s for the unit suite with 3 workers).
    maxWorkers: '150%',
    // Every CLI and server a test starts is one fixed device, never this computer's own identity.
    env: { ANNALS_DEVICE_ID: 'testdevice', ANNALS_DEVICE_NAME: 'Test computer' },
  },
});
