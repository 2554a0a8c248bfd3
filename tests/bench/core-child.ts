// The bench's core processes (core-process.ts, backup-process.ts, restore-process.ts) run on the core
// bundled as `annals` bundles it (esbuild, one chunk per dynamic import, packages left in node_modules)
// under plain node, as no shipped Annals runs under tsx: its compiler and caches added some 50 MB to
// every peak. `--under-tsx` runs them as before, to compare.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const childrenUnderTsx = process.argv.includes('--under-tsx');
/** One folder per bench run, where node resolves the packages the bundle leaves out. */
const outDir = join(root, 'node_modules', '.cache', 'annals-bench', String(process.pid));
const bundles = new Map<string, Promise<string>>();
process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));

/** Where the core is and how it runs, for the report. */
export const childRuntime = childrenUnderTsx ? 'under tsx (--under-tsx)' : 'bundled as the CLI runs it, plain node';

/**
 * Runs a bench script in a core process of its own; answers the JSON line it printed last. `nodeFlags`: for
 * node itself (`--expose-gc`).
 */
export async function inCoreProcess<T>(
  script: URL,
  args: string[],
  timeoutMs: number,
  nodeFlags: string[] = [],
): Promise<T> {
  const path = fileURLToPath(script);
  const command = [...nodeFlags, ...(childrenUnderTsx ? ['--import', 'tsx', path] : [await bundled(path)])];
  const { stdout } = await promisify(execFile)(process.execPath, [...command, ...args], {
    timeout: timeoutMs,
    maxBuffer: 1_048_576,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

function bundled(script: string): Promise<string> {
  let built = bundles.get(script);
  if (!built) {
    built = bundle(script);
    bundles.set(script, built);
  }
  return built;
}

async function bundle(script: string): Promise<string> {
  const { build } = await import('esbuild');
  const name = basename(script, '.ts');
  const dir = join(outDir, name);
  await build({
    // A restore sanitizes pages, and the timeline reads texts, in worker threads whose modules sit beside the bundle
    // (as in the CLI's).
    entryPoints: {
      [name]: script,
      'stored-html-worker': join(root, 'electron/core/transfer/backup/stored-html-worker.ts'),
      'timeline-worker': join(root, 'electron/core/timeline/timeline-worker.ts'),
    },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    // The bundle sits elsewhere: it says where the app's folder (assets/) is, as bin.mjs does.
    banner: { js: `globalThis.annalsAppRoot = ${JSON.stringify(root)};` },
  });
  return join(dir, `${name}.js`);
}
