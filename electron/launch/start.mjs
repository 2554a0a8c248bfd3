#!/usr/bin/env node
// `npm start`: build what is out of date, then open the desktop app in Electron. Where the Electron
// runtime is missing it is installed once; where that cannot happen (no network) Annals opens in
// browser mode instead, on the same library. `npm run serve` (`--browser`) goes straight there.
//   node electron/launch/start.mjs [--browser] [--force] [--library DIR]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');
const INSTALL_TIME_LIMIT_MS = 120_000;

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

/** Runs Electron's own installer with a visible clock and a time limit; answers whether it finished. */
function installElectron() {
  const installer = path.join(electronDir, 'install.js');
  if (!existsSync(installer)) return Promise.resolve(false);
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  const progress = () => {
    const seconds = Math.round((Date.now() - started) / 1000);
    const line = `Annals: downloading the Electron runtime (once)… ${seconds} s`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (seconds % 15 === 0) process.stderr.write(`${line}\n`);
  };
  progress();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore' });
    const clock = setInterval(progress, 1000);
    const limit = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIME_LIMIT_MS);
    const finish = (ok) => {
      clearInterval(clock);
      clearTimeout(limit);
      if (tty) process.stderr.write('\r\x1b[K');
      resolve(ok);
    };
    child.once('error', () => finish(false));
    child.once('exit', (code) => finish(code === 0));
  });
}

/** Runs a child on our terminal until it exits, then exits with its code. */
function runToExit(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  // Ctrl-C reaches the child from the terminal already; a second one would cut its shutdown short.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
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
    await installElectron();
    binary = electronBinary();
    if (binary === null) {
      console.log('Annals: the Electron runtime could not be installed (no network?); opening browser mode instead.');
    }
  }

  if (binary !== null) {
    await build({ force: options.force });
    const env = { ...process.env };
    // Set in some shells and CI images; it would make Electron behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    runToExit(binary, [root, ...libraryArgs], env);
    return;
  }

  await build({ force: options.force, rendererOnly: true });
  const cli = path.join(root, 'electron', 'cli', 'bin.mjs');
  if (!existsSync(cli)) throw new Error('the annals command (electron/cli/bin.mjs) is missing');
  runToExit(process.execPath, [cli, 'serve', '--open', ...libraryArgs], process.env);
}

main().catch((error) => {
  console.error(`Annals: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
