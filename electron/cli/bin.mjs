#!/usr/bin/env node
// The `annals` command, runnable right after `npm install` with no build step. Node 20 cannot run
// TypeScript, so the CLI's sources are bundled with esbuild into a cache the first time (and again
// only when a source file changes); starting from plain JS keeps every command under a second.
// Each command is its own chunk of the bundle, loaded only when it runs.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceDirs = ['electron/cli', 'electron/contract', 'electron/core', 'electron/server', 'electron/launch'];
const cacheDir = join(root, 'node_modules', '.cache', 'annals-cli');

function newestSource() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  for (const dir of sourceDirs) {
    for (const file of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (file.isFile() && file.name.endsWith('.ts')) {
        newest = Math.max(newest, statSync(join(file.parentPath, file.name)).mtimeMs);
      }
    }
  }
  return newest;
}

// One folder per version of the sources: a build never changes files another process is loading.
const version = Math.floor(newestSource()).toString(36);
const outDir = join(cacheDir, version);
if (!existsSync(join(outDir, 'run.js'))) {
  const { build } = await import('esbuild');
  const temp = `${outDir}.${process.pid}.tmp`;
  await build({
    // A restore sanitizes pages, and the timeline reads texts, in worker threads: their modules are built beside the
    // command's chunks.
    entryPoints: {
      run: join(root, 'electron/cli/run.ts'),
      'stored-html-worker': join(root, 'electron/core/transfer/backup/stored-html-worker.ts'),
      'timeline-worker': join(root, 'electron/core/timeline/timeline-worker.ts'),
    },
    outdir: temp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  try {
    renameSync(temp, outDir);
  } catch {
    rmSync(temp, { recursive: true, force: true }); // another process finished the same build first
  }
  for (const old of readdirSync(cacheDir)) {
    if (old !== version && !old.endsWith('.tmp')) rmSync(join(cacheDir, old), { recursive: true, force: true });
  }
}
globalThis.annalsAppRoot = root;
const { run, processIo } = await import(pathToFileURL(join(outDir, 'run.js')).href);
process.exitCode = await run(process.argv.slice(2), processIo());
