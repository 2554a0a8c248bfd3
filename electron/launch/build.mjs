#!/usr/bin/env node
// Builds what the app runs: the renderer (vite) into dist/renderer, and the Electron main process and
// preload (esbuild) into dist/main. Plain JavaScript, so it runs before anything is built.
// A step whose outputs are newer than all its inputs is skipped; `--force` rebuilds everything.
// `toolOutput: 'errors'` (npm start) keeps vite's and esbuild's own chatter and warnings off the screen.
//   node electron/launch/build.mjs [--force] [--renderer-only] [--quiet]
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withBuildLock } from './build-lock.mjs';
import { NOTICES_FILE, writeNotices } from './third-party-notices.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (...parts) => path.join(root, ...parts);
const thisScript = fileURLToPath(import.meta.url);

/** Inputs are folders or files; the newest modification time among them counts. */
const steps = {
  renderer: {
    label: 'renderer',
    inputs: ['renderer', 'electron/contract', 'package.json', 'package-lock.json'],
    outputs: ['dist/renderer/index.html', 'dist/renderer/save.html'],
    run: buildRenderer,
  },
  main: {
    label: 'main process and preload',
    inputs: [
      'electron/main',
      'electron/preload',
      'electron/core',
      'electron/server',
      'electron/contract',
      'package.json',
      'package-lock.json',
    ],
    outputs: ['dist/main/main.cjs', 'dist/main/preload.cjs'],
    run: buildMainAndPreload,
  },
};

/**
 * Runs the build steps that are out of date. Answers the names of the steps it ran.
 * @param {{ force?: boolean, rendererOnly?: boolean, quiet?: boolean, toolOutput?: 'all' | 'errors' }} [options]
 */
export async function build({ force = false, rendererOnly = false, quiet = false, toolOutput = 'all' } = {}) {
  // Another build of this checkout runs first; what it built is then up to date here.
  const onWait = quiet ? undefined : () => console.log('Annals: waiting for another build of the app to finish…');
  return withBuildLock(at('dist', '.build-lock'), () => buildSteps({ force, rendererOnly, quiet, toolOutput }), {
    onWait,
  });
}

async function buildSteps({ force, rendererOnly, quiet, toolOutput }) {
  const toolLog = quiet || toolOutput === 'errors' ? 'error' : 'info';
  const ran = [];
  for (const name of rendererOnly ? ['renderer'] : ['renderer', 'main']) {
    const step = steps[name];
    if (!force && isUpToDate(step)) {
      if (!quiet) console.log(`Annals: ${step.label} is up to date.`);
      continue;
    }
    const started = Date.now();
    await step.run({ toolLog });
    if (!quiet) console.log(`Annals: built the ${step.label} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    ran.push(name);
  }
  // The notices follow what the bundles hold; a renderer build empties dist/renderer, where they are served from.
  if (ran.length > 0 || !existsSync(at('dist', 'renderer', NOTICES_FILE))) writeNotices(root);
  return ran;
}

function isUpToDate(step) {
  const outputTimes = step.outputs.map((file) => (existsSync(at(file)) ? statSync(at(file)).mtimeMs : -1));
  const oldestOutput = Math.min(...outputTimes);
  if (oldestOutput < 0) return false;
  const newestInput = Math.max(statSync(thisScript).mtimeMs, ...step.inputs.map((input) => newestMtime(at(input))));
  return oldestOutput > newestInput;
}

/** Newest mtime of a file or of everything below a folder (skipping node_modules and dot folders). */
function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

async function buildRenderer({ toolLog }) {
  if (!existsSync(at('renderer', 'index.html')))
    throw new Error('renderer/index.html is missing: the UI has no entry page.');
  const vite = await import('vite');
  await vite.build({
    configFile: at('renderer', 'vite.config.ts'),
    logLevel: toolLog,
    // The app loads its scripts from disk, never over a network: a large chunk costs nothing there.
    build: { chunkSizeWarningLimit: 4_096 },
  });
}

async function buildMainAndPreload({ toolLog }) {
  const esbuild = await import('esbuild');
  const { version } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  const common = {
    bundle: true,
    format: 'cjs',
    outdir: at('dist', 'main'),
    outExtension: { '.js': '.cjs' },
    sourcemap: true,
    logLevel: toolLog === 'error' ? 'error' : 'warning',
    absWorkingDir: root,
    metafile: true,
  };
  const results = await Promise.all([
    // The core, server and their dependencies are bundled in; electron is the runtime itself, and
    // jsdom resolves files next to its own sources at load time, so it is required from node_modules.
    esbuild.build({
      ...common,
      // A restore sanitizes pages, and the timeline reads texts, in worker threads whose modules sit beside main.cjs;
      // CommonJS has no import.meta, so the bundle says where it is itself.
      entryPoints: {
        main: at('electron', 'main', 'main.ts'),
        'stored-html-worker': at('electron', 'core', 'transfer', 'backup', 'stored-html-worker.ts'),
        'timeline-worker': at('electron', 'core', 'timeline', 'timeline-worker.ts'),
      },
      platform: 'node',
      target: 'node22',
      external: ['electron', 'jsdom'],
      define: { ANNALS_VERSION: JSON.stringify(version), 'import.meta.url': 'annalsModuleUrl' },
      banner: { js: "const annalsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    // The preload runs in a sandboxed renderer: only `electron` can be required there, so no Node
    // module may end up in this bundle (platform browser makes esbuild refuse them).
    esbuild.build({
      ...common,
      entryPoints: { preload: at('electron', 'preload', 'preload.ts') },
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    }),
  ]);
  // A bundle renamed or dropped would otherwise stay beside the new ones and be packed into the app.
  removeStaleOutputs(
    at('dist', 'main'),
    results.flatMap((result) => Object.keys(result.metafile.outputs).map((output) => path.resolve(root, output))),
  );
}

/**
 * Deletes the files of `folder` (not below it) that the build did not just write.
 * @param {string} folder
 * @param {string[]} written absolute paths
 */
export function removeStaleOutputs(folder, written) {
  const keep = new Set(written.map((file) => path.resolve(file)));
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isFile() && !keep.has(path.resolve(file))) rmSync(file);
  }
}

function parseFlags(argv) {
  const known = new Set(['--force', '--renderer-only', '--quiet']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]} (use --force, --renderer-only, --quiet)`);
  return {
    force: argv.includes('--force'),
    rendererOnly: argv.includes('--renderer-only'),
    quiet: argv.includes('--quiet'),
  };
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  try {
    await build(parseFlags(process.argv.slice(2)));
  } catch (error) {
    console.error(`Annals: the build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
