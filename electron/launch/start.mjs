#!/usr/bin/env node
// `npm start`: build what is out of date, then open the desktop app in Electron. Where the Electron
// runtime is missing it is installed once; where that cannot happen (no network) Annals opens in
// browser mode instead, on the same library. `npm run serve` (`--browser`) goes straight there.
// Whatever ends this launcher (Ctrl-C, a kill of npm or of this process) ends the app it started.
//   node electron/launch/start.mjs [--browser] [--force] [--library DIR]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';
import { installElectron } from './install-electron.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');

/** The Electron binary as node_modules/electron/index.js would name it, if it is really there. */
export function electronBinary(env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (executable === '') return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : path.join(electronDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}

/** The parent of a process on Linux (from /proc), else null: elsewhere only our own parent is watched. */
function parentOf(pid) {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * Calls `onGone` when whoever started us is gone. npm runs us through `sh -c`, and a killed npm
 * leaves that shell behind, so under npm the shell's parent is watched too. No signal tells a
 * process its parent died, hence a look once a second.
 */
function watchLauncher(onGone) {
  const parent = process.ppid;
  const grandparent = process.env.npm_lifecycle_event ? parentOf(parent) : null;
  const timer = setInterval(() => {
    if (process.ppid !== parent || (grandparent !== null && parentOf(parent) !== grandparent)) {
      clearInterval(timer);
      onGone();
    }
  }, 1_000);
  timer.unref();
}

/**
 * Runs the app as a child on our terminal until it exits, then exits with its code. A request to end
 * this launcher is passed on; browser mode's server also holds an IPC channel to us, which closes when
 * we die however we die (exit-request.ts), so it never outlives us.
 */
function runToExit(command, args, { env = process.env, channel = false } = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: ['inherit', 'inherit', 'inherit', ...(channel ? ['ipc'] : [])],
    env,
  });
  const end = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, end);
  watchLauncher(end);
  child.once('error', (error) => {
    console.error(`Annals: could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function parseArgs(argv) {
  const options = { browser: false, force: false, library: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--browser') options.browser = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--library' && argv[i + 1]) options.library = argv[++i];
    else if (arg.startsWith('--library=')) options.library = arg.slice('--library='.length);
    else throw new Error(`unknown option ${arg} (use --browser, --force, --library DIR)`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const libraryArgs = options.library ? ['--library', path.resolve(options.library)] : [];

  let binary = options.browser ? null : electronBinary();
  if (!options.browser && binary === null) {
    const installed = await installElectron(electronDir);
    binary = installed.ok ? electronBinary() : null;
    if (binary === null) {
      const why = installed.ok ? 'it was installed but its program is missing' : installed.reason;
      console.log(`Annals: the desktop app cannot start here: ${why}. Opening Annals in your browser instead.`);
    }
  }

  // The user sees one line per step; a build's own warnings are for `npm run build`.
  if (binary !== null) {
    await build({ force: options.force, toolOutput: 'errors' });
    const env = { ...process.env };
    // Set in some shells and CI images; it would make Electron behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    runToExit(binary, [root, ...libraryArgs], { env });
    return;
  }

  await build({ force: options.force, rendererOnly: true, toolOutput: 'errors' });
  const cli = path.join(root, 'electron', 'cli', 'bin.mjs');
  if (!existsSync(cli)) throw new Error('the annals command (electron/cli/bin.mjs) is missing');
  runToExit(process.execPath, [cli, 'serve', '--open', ...libraryArgs], { channel: true });
}

main().catch((error) => {
  console.error(`Annals: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
